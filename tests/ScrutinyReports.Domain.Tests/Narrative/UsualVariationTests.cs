using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics.Spc;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Narrative;

public class UsualVariationTests
{
    private const string Phrase = "within its usual month-to-month variation";
    private static readonly ReportingPeriod September2019 = ReportingPeriod.Month(2019, 9);

    // Monthly figures from September 2018, one a month (null where none was received), to the report month September 2019.
    private static Dictionary<ReportingPeriod, Observation> Monthly(params decimal?[] values) =>
        values.Select((value, i) => (Period: September2019.Plus(i - values.Length + 1), value))
            .Where(f => f.value is not null)
            .ToDictionary(f => f.Period, f => new Observation("TEST_ID", f.Period, Observation.WholeAuthority, f.value, ObservationStatus.Validated));

    private static (string Sentence, SpcAnalysis? Spc) Describe(Indicator indicator, Dictionary<ReportingPeriod, Observation> series)
    {
        var analysis = IndicatorAnalyser.Analyse(indicator, September2019, series);
        var spc = SpcAnalyser.Analyse(indicator, September2019, series);
        return (NarrativeWriter.Describe(analysis, spc), spc);
    }

    // 78.0, 79.0 alternating from September 2018 to September 2019 (13 figures): twelve moving ranges of 1.0, so the average
    // moving range is 1.0 and the moving-range chart's upper limit 3.267 x 1.0 = 3.267 percentage points. Mean 1020/13 = 78.46%,
    // limits 75.80% to 81.12%; sides alternate, so no run, trend or two of three. The fall of 1.0 point (79.0% to 78.0%) is below 3.267.
    [Fact]
    public void Describe_SaysAChangeBelowTheMovingRangeLimitIsUsualVariation()
    {
        var (sentence, spc) = Describe(Indicator(), Monthly(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m));

        Assert.Equal(1.0m, spc!.Limits.AverageMovingRange);
        Assert.Equal(3.267m, spc.Limits.UpperRangeLimit);
        Assert.Equal(
            "Children seen within 5 working days worsened from 79.0% in August 2019 to 78.0% in September 2019, a fall of 1.0 percentage point, within its usual month-to-month variation; " +
            "it is the same as a year earlier (78.0% in September 2018).",
            sentence);
    }

    // Twelve figures, October 2018 to September 2019: 96,733 then 56,733 and 50,000 alternating (ending 50,000 in August 2019), then
    // 50,000 + change. Moving ranges: 40,000, nine of 6,733, and the change. With a change of 29,403 the eleven average
    // 130,000 / 11 = 11,818.18; 3.267 x that = 38,610, so 40,000 is screened out and the average is (9 x 6,733 + 29,403) / 10 =
    // 9,000: the moving-range limit is 3.267 x 9,000 = 29,403, equal to the change, so no phrase. With 29,402 the average is
    // 8,999.9 and the limit 29,402.67, just above it: the phrase. The latest figure is within the process limits (mean about
    // 59,150 +/- 2.66 x 9,000 = 35,210 to 83,090) and is the only figure above the mean, so it is no special cause (the ten
    // below the mean before it are a run that ends in August 2019).
    [Theory]
    [InlineData(29_403, "79,403", "29,403", false)]
    [InlineData(29_402, "79,402", "29,402", true)]
    public void Describe_SaysNothingNewWhenTheChangeReachesTheMovingRangeLimit(int change, string latest, string shownChange, bool usual)
    {
        var indicator = Indicator("Contacts", Unit.Count, Polarity.Neutral, decimals: 0);
        var (sentence, spc) = Describe(indicator, Monthly(
            96_733m, 56_733m, 50_000m, 56_733m, 50_000m, 56_733m, 50_000m, 56_733m, 50_000m, 56_733m, 50_000m, 50_000m + change));

        Assert.Equal((90_000m + change - 29_403m) / 10m, spc!.Limits.AverageMovingRange);
        Assert.Null(spc.Latest!.Rule);
        Assert.Equal(usual, sentence.Contains(Phrase, StringComparison.Ordinal));
        Assert.StartsWith($"Contacts rose from 50,000 in August 2019 to {latest} in September 2019, a rise of {shownChange}, or ", sentence, StringComparison.Ordinal);
    }

    // 8, 12 alternating then 13, 14 alternating (SpcAnalyserTests' run): the last eight figures are above the mean of 11.85, a run,
    // so the latest is a special cause. Its fall of 1 (14 to 13) is well below the moving-range limit of 3.267 x 27/12 = 7.35.
    [Fact]
    public void Describe_SaysNothingNewWhenTheLatestFigureIsASpecialCause()
    {
        var indicator = Indicator("Referrals", Unit.Count, Polarity.Neutral, decimals: 0);
        var (sentence, spc) = Describe(indicator, Monthly(8m, 12m, 8m, 12m, 8m, 12m, 13m, 14m, 13m, 14m, 13m, 14m, 13m));

        Assert.Equal(2.25m, spc!.Limits.AverageMovingRange);
        Assert.Equal(SpcRule.RunOnOneSide, spc.Latest!.Rule);
        Assert.Equal("Referrals fell from 14 in August 2019 to 13 in September 2019, a fall of 1, or 7.1%; over the year it has risen from 8 in September 2018, a rise of 5, or 62.5%.", sentence);
    }

    // The alternating series with no figure for August 2019: twelve figures still qualify for limits, but there is no
    // moving range into September 2019, so the sentence has no comparison and no phrase.
    [Fact]
    public void Describe_SaysNothingNewWhenThePreviousMonthIsMissing()
    {
        var (sentence, spc) = Describe(Indicator(), Monthly(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, null, 78.0m));

        Assert.True(spc!.Qualifies);
        Assert.False(spc.IsUsualChangeInto(September2019));
        Assert.DoesNotContain(Phrase, sentence, StringComparison.Ordinal);
        Assert.StartsWith("Children seen within 5 working days was 78.0% in September 2019; no figure was received for August 2019", sentence, StringComparison.Ordinal);
    }

    // The same gap seen by the chart alone: the point before the latest has no figure, so there is no moving range to judge;
    // with 79.0 in that month instead, the fall of 1.0 into the latest is below 3.267 x 1.0. Only the latest figure is judged.
    [Fact]
    public void IsUsualChangeInto_IsFalseAcrossAMissingPeriodAndBeforeTheLatest()
    {
        var gap = Statistics.Spc.SpcSeries.From(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, null, 78.0m);
        var whole = Statistics.Spc.SpcSeries.From(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 79.0m, 78.0m);
        var withGap = SpcAnalyser.Analyse(Indicator(), gap);
        var withoutGap = SpcAnalyser.Analyse(Indicator(), whole);

        Assert.True(withGap.Qualifies);
        Assert.False(withGap.IsUsualChangeInto(gap[^1].Period));
        Assert.True(withoutGap.IsUsualChangeInto(whole[^1].Period));
        Assert.False(withoutGap.IsUsualChangeInto(whole[^2].Period));
    }

    // A rolling 12-month figure gets no chart (consecutive figures share eleven months), so the sentence is the plain one.
    [Fact]
    public void Describe_LeavesARolling12MonthIndicatorUnchanged()
    {
        var indicator = Indicator() with { Window = MeasureWindow.Rolling12Months };
        var (sentence, spc) = Describe(indicator, Monthly(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m));

        Assert.Null(spc);
        Assert.Equal(
            "Children seen within 5 working days worsened from 79.0% in 12 months to August 2019 to 78.0% in 12 months to September 2019, a fall of 1.0 percentage point; " +
            "it is the same as a year earlier (78.0% in 12 months to September 2018).",
            sentence);
    }

    // Eleven figures (November 2018 to September 2019) are too few for limits, so nothing is added.
    [Fact]
    public void Describe_LeavesASeriesWithTooFewFiguresUnchanged()
    {
        var (sentence, spc) = Describe(Indicator(), Monthly(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m));

        Assert.False(spc!.Qualifies);
        Assert.Equal("Children seen within 5 working days worsened from 79.0% in August 2019 to 78.0% in September 2019, a fall of 1.0 percentage point.", sentence);
    }

    // Twelve quarters alternating 70.0% and 72.0% (moving ranges of 2.0, limit 6.534 points): a quarterly chart speaks of quarters.
    [Fact]
    public void Describe_NamesQuartersForAQuarterlyIndicator()
    {
        var indicator = Indicator(frequency: Frequency.Quarterly);
        var latest = ReportingPeriod.LatestEndedBy(September2019, Frequency.Quarterly);
        var series = Enumerable.Range(0, 12)
            .Select(i => new Observation("TEST_ID", latest.Plus(i - 11), Observation.WholeAuthority, i % 2 == 0 ? 70.0m : 72.0m, ObservationStatus.Validated))
            .ToDictionary(o => o.Period);
        var analysis = IndicatorAnalyser.Analyse(indicator, September2019, series);
        var sentence = NarrativeWriter.Describe(analysis, SpcAnalyser.Analyse(indicator, analysis.Period, series));

        Assert.Equal(
            "Children seen within 5 working days improved from 70.0% in Q1 2019/20 (April to June 2019) to 72.0% in Q2 2019/20 (July to September 2019), " +
            "a rise of 2.0 percentage points, within its usual quarter-to-quarter variation; it is the same as a year earlier (72.0% in Q2 2018/19 (July to September 2018)).",
            sentence);
    }

    // The report's sentence is the one built with the chart, and the entry says so for the other places that word the movement.
    [Fact]
    public void Build_WritesThePhraseIntoTheReportSentence()
    {
        var series = Monthly(78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m, 79.0m, 78.0m);
        var report = ReportBuilder.Build(new Panel("cypf", "Children's panel"), September2019, new IndicatorCatalogue([Indicator()]), series.Values,
            new DateTimeOffset(2019, 10, 10, 9, 0, 0, TimeSpan.Zero));

        var entry = Assert.Single(report.Indicators);
        Assert.True(entry.PreviousChangeIsUsual);
        Assert.Contains("a fall of 1.0 percentage point, within its usual month-to-month variation;", entry.Narrative, StringComparison.Ordinal);
    }
}
