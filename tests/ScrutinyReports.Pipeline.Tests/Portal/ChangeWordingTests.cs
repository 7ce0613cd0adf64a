using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Portal;

/// <summary>
/// What a re-issue says changed, as the portal's version list (and the publication e-mail, which words changes the
/// same way) shows it: every figure with its unit, every period by name.
/// </summary>
public sealed partial class ChangeWordingTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private static readonly IndicatorCatalogue Catalogue = new(
    [
        new Indicator("REREF_12M", "Re-referrals within 12 months", "Children in need", Unit.Percent, Polarity.LowerIsBetter, Frequency.Monthly, 1, null, 0, "Re-referrals."),
        new Indicator("CIN_COUNT", "Children in need", "Children in need", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, "Count at month end."),
        new Indicator("A1_DAYS", "Adoption A1", "Adoption", Unit.Days, Polarity.LowerIsBetter, Frequency.Annual, 0, null, 0, "Three-year average."),
        new Indicator("CLA_RATE", "Children looked after rate", "Children looked after", Unit.RatePer10000, Polarity.Neutral, Frequency.Monthly, 1, null, 0, "Per 10,000 children."),
        new Indicator("OLD_MEASURE", "A measure dropped from the catalogue", "Children in need", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, null, 0, "Dropped."),
    ]);

    [Fact]
    public async Task ReissuedReport_DescribesEachChangedFigureWithItsUnit_AndARemovedIndicatorByItsId()
    {
        await Store.Catalogue.SaveAsync(Catalogue);
        await IngestCsvAsync("indicator,period,value\nREREF_12M,2019-09,24.6\nCIN_COUNT,2019-09,1234\nA1_DAYS,2018/19,457\nCLA_RATE,2019-09,99\nOLD_MEASURE,2019-09,50\n");
        await Publisher.PublishAsync(September);
        Clock.Advance(TimeSpan.FromDays(1));
        await Store.Catalogue.SaveAsync(new IndicatorCatalogue([.. Catalogue.Indicators.Where(indicator => indicator.Id != "OLD_MEASURE")]));
        await IngestCsvAsync("indicator,period,value\nREREF_12M,2019-09,35.5\nCIN_COUNT,2019-09,1240\nA1_DAYS,2018/19,1\nCLA_RATE,2019-09,101.5\n");
        await Publisher.PublishAsync(September);

        Assert.Equal(
            [
                "Re-referrals within 12 months: figure changed from 24.6% to 35.5%.",
                "Children in need: figure changed from 1,234 to 1,240.",
                "Adoption A1: figure changed from 457 days to 1 day.",
                "Children looked after rate: figure changed from 99.0 per 10,000 children to 101.5 per 10,000 children.",
                "OLD_MEASURE: removed from the report.",
            ],
            (await ChangesShownAsync()).Where(sentence => sentence.Contains("figure changed", StringComparison.Ordinal) || sentence.Contains("removed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReportJsonChanges_AreWrittenForReading_AndWhatCannotBeReadIsShownAsGiven()
    {
        await Store.Catalogue.SaveAsync(Catalogue);
        await IngestCsvAsync("indicator,period,value\nREREF_12M,2019-09,24.6\n");
        await Publisher.PublishAsync(September);
        await IngestCsvAsync("indicator,period,value\nREREF_12M,2019-09,35.5\n");
        await Publisher.PublishAsync(September);

        // The second version's report.json replaced by a small one in the same schema, with a change of every kind.
        await ReplaceReportJsonAsync("v2", """
            {
              "schemaVersion": 1,
              "panel": { "id": "default", "name": "Scrutiny panel" },
              "period": "2019-09", "periodLabel": "September 2019", "audience": "public",
              "indicators": [
                { "id": "REREF_12M", "name": "Re-referrals within 12 months", "unit": "percent", "frequency": "monthly", "decimals": 1, "rag": "red" },
                { "id": "CIN_COUNT", "name": "Children in need", "unit": "count", "frequency": "monthly", "decimals": 0, "rag": "none" },
                { "id": "A1_DAYS", "name": "Adoption A1", "unit": "days", "frequency": "annual", "decimals": 0, "rag": "green" },
                { "id": "CLA_RATE", "name": "Children looked after rate", "unit": "rate_per_10000", "frequency": "monthly", "decimals": 1, "rag": "amber" },
                { "id": "EHA_Q", "name": "Early help assessments", "unit": "count", "frequency": "quarterly", "decimals": 0, "rag": "none" },
                { "id": "CIN_PLAN", "name": "Children on a plan", "unit": "fortnights", "frequency": "monthly", "decimals": 0, "rag": "none" }
              ],
              "changesSincePreviousVersion": {
                "previousVersion": 1,
                "changes": [
                  { "indicator": "REREF_12M", "field": "value", "old": "24.6", "new": "35.5" },
                  { "indicator": "CIN_COUNT", "field": "value", "old": "1234", "new": null },
                  { "indicator": "A1_DAYS", "field": "value", "old": "457", "new": "426" },
                  { "indicator": "CLA_RATE", "field": "value", "old": "99", "new": "101.5" },
                  { "indicator": "CLA_RATE", "field": "period", "old": "2019-06", "new": "2019-09" },
                  { "indicator": "EHA_Q", "field": "period", "old": "2019/20 Q1", "new": "2019/20 Q2" },
                  { "indicator": "A1_DAYS", "field": "period", "old": "2018-12", "new": "2018/19" },
                  { "indicator": "REREF_12M", "field": "period", "old": "not a period", "new": "2019-09" },
                  { "indicator": "CIN_COUNT", "field": "status", "old": "validated", "new": "not_available" },
                  { "indicator": "REREF_12M", "field": "rag", "old": "none", "new": "red" },
                  { "indicator": "CIN_PLAN", "field": "value", "old": "3", "new": "n/a" },
                  { "indicator": "CLA_RATE", "field": "comparators", "old": null, "new": null },
                  { "indicator": "EHA_Q", "field": "indicator", "old": null, "new": "added" },
                  { "indicator": "OLD_MEASURE", "field": "indicator", "old": "present", "new": "removed" }
                ]
              }
            }
            """);

        Assert.Equal(
            [
                "Re-referrals within 12 months: figure changed from 24.6% to 35.5%.",
                "Children in need: figure changed from 1,234 to no figure.",
                "Adoption A1: figure changed from 457 days to 426 days.",
                "Children looked after rate: figure changed from 99.0 per 10,000 children to 101.5 per 10,000 children.",
                "Children looked after rate: period changed from June 2019 to September 2019.",
                "Early help assessments: period changed from Q1 2019/20 (April to June 2019) to Q2 2019/20 (July to September 2019).",
                "Adoption A1: period changed from December 2018 to 2018/19.",
                "Re-referrals within 12 months: period changed from not a period to September 2019.",
                "Children in need: status changed from validated to not available.",
                "Re-referrals within 12 months: RAG rating changed from not rated to red.",
                "Children on a plan: figure changed from 3 to n/a.",
                "Children looked after rate: comparator figures changed.",
                "Early help assessments: added to the report.",
                "OLD_MEASURE: removed from the report.",
            ],
            await ChangesShownAsync());
    }

    private async Task ReplaceReportJsonAsync(string version, string json)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.True(await Store.Files.WriteAsync(Containers.Reports, $"default/2019-09/{version}/report.json", content, overwrite: true));
    }

    /// <summary>The sentences of the latest version's "What changed" list on the month's portal page.</summary>
    private async Task<IReadOnlyList<string>> ChangesShownAsync()
    {
        await new PortalSiteWriter(Store).WriteAsync(PortalTarget.Local);
        var page = await PortalPages.ReadAsync(Store, "site", PortalLinks.PeriodPage("default", "2019-09"));
        var list = ChangeList().Match(page);
        Assert.True(list.Success, "the page has no list of changes");
        return [.. Item().Matches(list.Groups[1].Value).Select(item => WebUtility.HtmlDecode(item.Groups[1].Value))];
    }

    [GeneratedRegex("<ul class=\"changes\">\n(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex ChangeList();

    [GeneratedRegex("<li>(.*?)</li>")]
    private static partial Regex Item();
}
