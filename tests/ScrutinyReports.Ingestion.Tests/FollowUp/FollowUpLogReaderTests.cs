using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Ingestion.FollowUp;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.FollowUp;

public class FollowUpLogReaderTests
{
    private static readonly FollowUpLogContext Context = new(["jo.lead@council.example"], ["REREFERRALS_12M", "ASSESS_45D"], ["cypf"], new DateOnly(2019, 10, 23));

    private static readonly string[] Headings = ["Ref", "Kind", "Text", "Raised", "Lead", "Due", "Status", "Update", "Updated", "Indicators", "Panel"];

    [Fact]
    public void A_workbook_with_date_cells_and_text_dates_is_read()
    {
        var workbook = Workbook(sheet => sheet
            .InlineString("A2", "A1").InlineString("B2", "Action").InlineString("C2", "Audit re-referrals")
            .Date("D2", new DateOnly(2019, 3, 20), 14).InlineString("E2", "jo.lead@council.example").InlineString("F2", "30 September 2019")
            .InlineString("G2", "On Track").InlineString("H2", "Half done").Date("I2", new DateOnly(2019, 10, 4), 14)
            .InlineString("J2", "rereferrals_12m; ASSESS_45D").InlineString("K2", "cypf"));
        var diagnostics = new UploadDiagnostics();

        var row = Assert.Single(FollowUpLogReader.Read(workbook, "log.xlsx", diagnostics, Context));

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(new FollowUpLogRow(2, "A1", FollowUpKind.Action, "Audit re-referrals", new DateOnly(2019, 3, 20), "jo.lead@council.example",
            new DateOnly(2019, 9, 30), FollowUpStatus.OnTrack, "Half done", new DateOnly(2019, 10, 4), row.Indicators, "cypf"), row);
        Assert.Equal(["REREFERRALS_12M", "ASSESS_45D"], row.Indicators);
    }

    [Fact]
    public void An_update_dated_after_today_is_located_at_its_cell()
    {
        var workbook = Workbook(sheet => sheet
            .InlineString("A2", "A1").InlineString("B2", "action").InlineString("C2", "Audit").Date("D2", new DateOnly(2019, 3, 20), 14)
            .InlineString("E2", "jo.lead@council.example").Date("I2", new DateOnly(2019, 11, 1), 14).InlineString("K2", "cypf"));
        var diagnostics = new UploadDiagnostics();

        Assert.Empty(FollowUpLogReader.Read(workbook, "log.xlsx", diagnostics, Context));

        Assert.Equal(["log.xlsx, row 2, column I (\"Updated\"): the update is dated 2019-11-01, after today (2019-10-23); expected the date it was written"], diagnostics.Lines());
    }

    [Theory]
    [InlineData("2019-09-30")]
    [InlineData("30/09/2019")]
    [InlineData("30 Sep 2019")]
    [InlineData("30th September 2019")]
    public void Text_dates_are_read_day_first(string text)
    {
        Assert.Equal(new DateOnly(2019, 9, 30), DateText.Parse(text));
    }

    [Theory]
    [InlineData("09/30/2019")]
    [InlineData("31 September 2019")]
    [InlineData("Sep-19")]
    public void Text_that_is_not_a_whole_date_is_refused(string text)
    {
        Assert.Null(DateText.Parse(text));
    }

    private static MemoryStream Workbook(Action<XlsxSheetBuilder> rows) =>
        new XlsxWorkbookBuilder().Sheet("Log", sheet =>
        {
            for (var i = 0; i < Headings.Length; i++)
            {
                sheet.InlineString($"{(char)('A' + i)}1", Headings[i]);
            }

            rows(sheet);
        }).ToStream();
}
