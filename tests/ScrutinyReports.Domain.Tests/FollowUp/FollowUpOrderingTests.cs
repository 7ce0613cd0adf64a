using ScrutinyReports.Domain.FollowUp;
using static ScrutinyReports.Domain.Tests.FollowUp.FollowUpBuild;

namespace ScrutinyReports.Domain.Tests.FollowUp;

public class FollowUpOrderingTests
{
    [Fact]
    public void The_pack_lists_overdue_at_risk_on_track_open_then_closed_since_the_last_meeting()
    {
        var asAt = Day("2019-10-23");
        var lastMeeting = Day("2019-09-25");
        var items = new[]
        {
            Item("A1", due: "2019-12-31", history: Entry(FollowUpStatus.Open, "2019-03-20")),
            Item("A2", due: "2019-12-31", history: Entry(FollowUpStatus.OnTrack, "2019-09-01")),
            Item("A10", due: "2019-08-31", history: Entry(FollowUpStatus.OnTrack, "2019-09-01")),
            Item("A3", due: "2019-12-31", history: Entry(FollowUpStatus.AtRisk, "2019-09-01")),
            Item("A4", due: "2019-09-30", history: Entry(FollowUpStatus.Complete, "2019-10-01")),
            Item("A5", due: "2019-09-30", history: Entry(FollowUpStatus.Complete, "2019-09-25")),
            Item("Q2", FollowUpKind.Question, due: "2019-10-01", history: Entry(FollowUpStatus.Open, "2019-09-25")),
            Item("Q1", FollowUpKind.Question, due: null, history: Entry(FollowUpStatus.Answered, "2019-10-20")),
        };

        var ordered = FollowUpOrdering.ForPack(items, asAt, lastMeeting).Select(item => item.Ref);

        // A10 (due 31 Aug) and Q2 (due 1 Oct) are overdue; A5 closed on the day of the last meeting, so the panel has seen it.
        Assert.Equal(["A10", "Q2", "A3", "A2", "A1", "A4", "Q1"], ordered);
    }

    [Fact]
    public void References_with_numbers_sort_by_value_within_a_group()
    {
        string[] references = ["R10", "R2", "R1"];
        var items = references.Select(reference => Item(reference, due: "2020-01-01"));

        Assert.Equal(["R1", "R2", "R10"], FollowUpOrdering.ForPack(items, Day("2019-10-23"), Day("2019-09-25")).Select(item => item.Ref));
    }
}
