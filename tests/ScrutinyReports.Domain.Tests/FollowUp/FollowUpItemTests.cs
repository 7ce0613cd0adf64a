using ScrutinyReports.Domain.FollowUp;
using static ScrutinyReports.Domain.Tests.FollowUp.FollowUpBuild;

namespace ScrutinyReports.Domain.Tests.FollowUp;

public class FollowUpItemTests
{
    [Theory]
    [InlineData(FollowUpStatus.Open, "2019-09-30", "2019-10-23", true, 23)]
    [InlineData(FollowUpStatus.OnTrack, "2019-09-30", "2019-10-23", true, 23)]
    [InlineData(FollowUpStatus.AtRisk, "2019-09-30", "2019-10-23", true, 23)]
    [InlineData(FollowUpStatus.Open, "2019-10-23", "2019-10-23", false, 0)]
    [InlineData(FollowUpStatus.Open, "2019-10-22", "2019-10-23", true, 1)]
    [InlineData(FollowUpStatus.Complete, "2019-09-30", "2019-10-23", false, 0)]
    [InlineData(FollowUpStatus.Answered, "2019-09-30", "2019-10-23", false, 0)]
    [InlineData(FollowUpStatus.Dropped, "2019-09-30", "2019-10-23", false, 0)]
    public void Overdue_is_an_open_item_past_its_due_date_at_the_report_date(FollowUpStatus status, string due, string asAt, bool overdue, int days)
    {
        var item = Item(due: due, history: Entry(status, "2019-04-01"));

        Assert.Equal(overdue, item.IsOverdue(Day(asAt)));
        Assert.Equal(days, item.DaysOverdue(Day(asAt)));
    }

    [Fact]
    public void An_item_without_a_due_date_is_never_overdue()
    {
        Assert.False(Item(due: null).IsOverdue(Day("2030-01-01")));
    }

    [Fact]
    public void Status_and_latest_update_come_from_the_latest_dated_entries()
    {
        var item = Item(history:
        [
            Entry(FollowUpStatus.Open, "2019-03-20", "Agreed at panel."),
            Entry(FollowUpStatus.AtRisk, "2019-07-10", "Audit delayed by staff absence."),
            Entry(FollowUpStatus.OnTrack, "2019-09-12"),
        ]);

        Assert.Equal(FollowUpStatus.OnTrack, item.Status);
        Assert.Equal("Audit delayed by staff absence.", item.LatestUpdate!.Update);
        Assert.Equal(Day("2019-07-10"), item.LatestUpdate.Date);
    }

    [Fact]
    public void As_at_a_date_the_item_keeps_only_what_was_recorded_by_then()
    {
        var item = Item(history:
        [
            Entry(FollowUpStatus.Open, "2019-03-20"),
            Entry(FollowUpStatus.Complete, "2019-11-02", "Done."),
        ]);

        Assert.Equal(FollowUpStatus.Open, item.AsAt(Day("2019-10-23"))!.Status);
        Assert.Equal(FollowUpStatus.Complete, item.AsAt(Day("2019-11-02"))!.Status);
        Assert.Null(item.AsAt(Day("2019-03-19")));
    }

    [Fact]
    public void Closed_on_is_the_start_of_the_closing_run_not_an_earlier_closure()
    {
        var item = Item(history:
        [
            Entry(FollowUpStatus.Complete, "2019-05-01"),
            Entry(FollowUpStatus.Open, "2019-06-01", "Reopened: the audit found gaps."),
            Entry(FollowUpStatus.Complete, "2019-09-20"),
            Entry(FollowUpStatus.Complete, "2019-10-01", "Confirmed by audit."),
        ]);

        Assert.Equal(Day("2019-09-20"), item.ClosedOn);
    }

    [Theory]
    [InlineData("on track", FollowUpStatus.OnTrack)]
    [InlineData("On_Track", FollowUpStatus.OnTrack)]
    [InlineData("AT-RISK", FollowUpStatus.AtRisk)]
    [InlineData("completed", FollowUpStatus.Complete)]
    [InlineData("answered", FollowUpStatus.Answered)]
    public void Statuses_are_read_whatever_their_case_and_separators(string text, FollowUpStatus expected)
    {
        Assert.Equal(expected, FollowUpWords.ParseStatus(text));
    }

    [Theory]
    [InlineData("overdue")]
    [InlineData("amber")]
    [InlineData("")]
    public void Overdue_and_rag_words_are_not_statuses(string text)
    {
        Assert.Null(FollowUpWords.ParseStatus(text));
    }
}
