using System.Text.Json;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using ScrutinyReports.Rendering.Json;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.FollowUp;

/// <summary>The demo's sample log as the pack shows it: HTML section and summary counts, PDF, report.json.</summary>
public sealed class FollowUpPackTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void The_demo_log_is_shown_as_at_the_meeting_in_pack_order_with_overdue_worked_out()
    {
        var section = demo.Report.FollowUp;

        // Meeting 23 October 2019: A1 was due 30 September (23 days overdue though reported on track), Q2 due 16 October
        // (7 days). A4 was completed on 28 August, before the last meeting (23 September), so it is left out.
        Assert.Equal(new DateOnly(2019, 10, 23), section.AsAt);
        Assert.Equal(["A1", "Q2", "A2", "A3", "R2", "R1", "Q1"], section.Entries.Select(e => e.Item.Ref));
        Assert.Equal([23, 7, 0, 0, 0, 0, 0], section.Entries.Select(e => e.DaysOverdue));
        Assert.Equal((2, 1, 2, 2), (section.Overdue, section.AtRisk, section.OnTrack, section.ClosedSinceLastMeeting));
    }

    [Fact]
    public void The_html_has_the_numbered_section_its_tables_and_the_counts_on_the_summary()
    {
        Assert.Contains("<h2 id=\"section-5\">5.0 Recommendations, actions and questions</h2>", demo.Html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"follow-up-open\">Open items on 23 October 2019, overdue first</caption>", demo.Html, StringComparison.Ordinal);
        Assert.Contains("Overdue by 23 days (last reported on track)", demo.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#section-5\">Recommendations, actions and questions</a>, 23 October 2019", demo.Html, StringComparison.Ordinal);
        Assert.Contains("Since this action was agreed in March 2019, the figure for re-referrals within 12 months has", demo.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_prints_the_section()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));

        Assert.Contains("5.0 Recommendations, actions and questions", text, StringComparison.Ordinal);
        Assert.Contains("Open items on 23 October 2019, overdue first", text, StringComparison.Ordinal);
        Assert.Contains("Completed, answered or dropped since the last meeting (23 September 2019)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_gives_the_items_with_status_dates_and_linked_movement()
    {
        using var output = new MemoryStream();
        ReportJsonWriter.Write(demo.Report, output);
        using var json = JsonDocument.Parse(output.ToArray());

        var followUp = json.RootElement.GetProperty("followUp");
        Assert.Equal("2019-10-23", followUp.GetProperty("asAt").GetString());
        var a1 = followUp.GetProperty("items")[0];
        Assert.Equal("A1", a1.GetProperty("ref").GetString());
        Assert.Equal("on track", a1.GetProperty("status").GetString());
        Assert.True(a1.GetProperty("overdue").GetBoolean());
        Assert.Equal("2019-09-30", a1.GetProperty("due").GetString());
        Assert.Equal("2019-10-04", a1.GetProperty("latestUpdateDate").GetString());
        var movement = a1.GetProperty("indicators")[0];
        Assert.Equal("REREFERRALS_12M", movement.GetProperty("indicator").GetString());
        Assert.Equal("2019-02", movement.GetProperty("fromPeriod").GetString());
        var change = movement.GetProperty("toValue").GetDecimal() - movement.GetProperty("fromValue").GetDecimal();
        Assert.Equal(change, movement.GetProperty("change").GetDecimal());
    }

    [Fact]
    public void A_changed_log_changes_the_fingerprint_and_an_empty_one_leaves_it()
    {
        var section = demo.Report.FollowUp;
        var first = section.Entries[0];
        var item = first.Item;
        var updated = new FollowUpItem(item.Ref, item.Kind, item.Text, item.Raised, item.Lead, item.Due, item.PanelId, item.IndicatorIds,
            [.. item.History, new FollowUpHistoryEntry(FollowUpStatus.Complete, "Done", section.AsAt, "log.csv")]);
        var changed = section with { Entries = [first with { Item = updated }, .. section.Entries.Skip(1)] };

        Assert.NotEqual(FollowUpFingerprint.Extend("sha256:x", section), FollowUpFingerprint.Extend("sha256:x", changed));
        Assert.Equal("sha256:x", FollowUpFingerprint.Extend("sha256:x", FollowUpSection.None));
    }
}
