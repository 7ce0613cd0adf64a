using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Narrative;

public class NarrativeWriterTests
{
    public static TheoryData<string, Indicator, Observation[], string> Cases => new()
    {
        {
            "higher is better, improving, below a floor, with a year-ago figure",
            Indicator(target: ">=80", tolerance: 5),
            [Figure("2018-09", 52.0m), Figure("2019-08", 74.6m), Figure("2019-09", 77.5m)],
            "Children seen within 5 working days improved from 74.6% in August 2019 to 77.5% in September 2019, a rise of 2.9 percentage points; " +
            "over the year it has improved from 52.0% in September 2018, a rise of 25.5 percentage points; " +
            "this is 2.5 percentage points below the target of at least 80%."
        },
        {
            "higher is better, worsening, meeting the floor",
            Indicator(target: ">=70"),
            [Figure("2019-08", 77.5m), Figure("2019-09", 74.6m)],
            "Children seen within 5 working days worsened from 77.5% in August 2019 to 74.6% in September 2019, a fall of 2.9 percentage points; this meets the target of at least 70%."
        },
        {
            "lower is better, days falling, over a ceiling",
            Indicator("Days from entering care to moving in with the adoptive family", Unit.Days, Polarity.LowerIsBetter, "<=426", 30, 0, Frequency.Annual),
            [Figure("2017/18", 779m, frequency: Frequency.Annual), Figure("2018/19", 457m, frequency: Frequency.Annual)],
            "Days from entering care to moving in with the adoptive family improved from 779 days in 2017/18 to 457 days in 2018/19, a fall of 322 days, or 41.3%; " +
            "this is 31 days above the target of no more than 426 days."
        },
        {
            "lower is better, rising percentage",
            Indicator("Re-referrals within 12 months", polarity: Polarity.LowerIsBetter, target: "<=22", tolerance: 3),
            [Figure("2019-08", 23.1m), Figure("2019-09", 24.6m)],
            "Re-referrals within 12 months worsened from 23.1% in August 2019 to 24.6% in September 2019, a rise of 1.5 percentage points; this is 2.6 percentage points above the target of no more than 22%."
        },
        {
            "neutral count, range target, neutral words only",
            Indicator("Children looked after", Unit.Count, Polarity.Neutral, "550-600", 20, 0),
            [Figure("2019-08", 580m), Figure("2019-09", 588m)],
            "Children looked after rose from 580 in August 2019 to 588 in September 2019, a rise of 8, or 1.4%; this is within the target range of 550 to 600."
        },
        {
            "neutral rate falling, outside range",
            Indicator("Referrals per 10,000 children", Unit.RatePer10000, Polarity.Neutral, "500-550"),
            [Figure("2019-08", 610.5m), Figure("2019-09", 601.0m)],
            "Referrals per 10,000 children fell from 610.5 per 10,000 children in August 2019 to 601.0 per 10,000 children in September 2019, a fall of 9.5 per 10,000 children, or 1.6%; this is 51.0 per 10,000 children above the target range of 500 to 550 per 10,000 children."
        },
        {
            "unchanged",
            Indicator(target: ">=70"),
            [Figure("2019-08", 77.5m), Figure("2019-09", 77.5m)],
            "Children seen within 5 working days was unchanged at 77.5% in September 2019, the same as in August 2019; this meets the target of at least 70%."
        },
        {
            "no previous figure",
            Indicator(),
            [Figure("2019-09", 77.5m)],
            "Children seen within 5 working days was 77.5% in September 2019; no figure was received for August 2019, so there is no comparison with it."
        },
        {
            "previous suppressed",
            Indicator(),
            [Figure("2019-08", null, ObservationStatus.Suppressed), Figure("2019-09", 77.5m)],
            "Children seen within 5 working days was 77.5% in September 2019; the August 2019 figure is suppressed, so no comparison can be made."
        },
        {
            "current suppressed",
            Indicator(),
            [Figure("2019-08", 74.6m), Figure("2019-09", null, ObservationStatus.Suppressed)],
            "The September 2019 figure for children seen within 5 working days is suppressed because it rests on small numbers."
        },
        {
            "current not available",
            Indicator(),
            [Figure("2019-09", null, ObservationStatus.NotAvailable)],
            "The September 2019 figure for children seen within 5 working days is not yet available."
        },
        {
            "missing",
            Indicator(),
            [Figure("2019-08", 74.6m)],
            "No figure for children seen within 5 working days has been received for September 2019."
        },
        {
            "provisional values are marked",
            Indicator(),
            [Figure("2019-08", 74.6m), Figure("2019-09", 77.5m, ObservationStatus.Provisional)],
            "Children seen within 5 working days improved from 74.6% in August 2019 to 77.5% (provisional) in September 2019, a rise of 2.9 percentage points."
        },
        {
            "one percentage point is singular",
            Indicator(decimals: 0),
            [Figure("2019-08", 76m), Figure("2019-09", 77m)],
            "Children seen within 5 working days improved from 76% in August 2019 to 77% in September 2019, a rise of 1 percentage point."
        },
        {
            "quarterly periods are named in full",
            Indicator(frequency: Frequency.Quarterly),
            [Figure("2019/20 Q1", 70m, frequency: Frequency.Quarterly), Figure("2019/20 Q2", 72m, frequency: Frequency.Quarterly)],
            "Children seen within 5 working days improved from 70.0% in Q1 2019/20 (April to June 2019) to 72.0% in Q2 2019/20 (July to September 2019), a rise of 2.0 percentage points."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Describe_WritesTheExpectedSentence(string scenario, Indicator indicator, Observation[] figures, string expected)
    {
        var analysis = IndicatorAnalyser.Analyse(indicator, ReportingPeriod.Month(2019, 9), Series(figures));

        Assert.True(expected == NarrativeWriter.Describe(analysis), $"{scenario}: got \"{NarrativeWriter.Describe(analysis)}\"");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Describe_NeverStatesAChangeBackwardsNorCallsPointsPercent(string scenario, Indicator indicator, Observation[] figures, string unused)
    {
        _ = unused;
        var analysis = IndicatorAnalyser.Analyse(indicator, ReportingPeriod.Month(2019, 9), Series(figures));
        var sentence = NarrativeWriter.Describe(analysis);

        Assert.DoesNotContain("percentage points (", sentence, StringComparison.Ordinal);
        if (indicator.Polarity == Polarity.Neutral)
        {
            Assert.DoesNotContain("improved", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("worsened", sentence, StringComparison.Ordinal);
        }

        if (analysis.Previous.IsComparable && analysis.Previous.Change != 0)
        {
            var from = sentence.IndexOf(analysis.Previous.Period.Label, StringComparison.Ordinal);
            var to = sentence.IndexOf(" in " + analysis.Period.Label, StringComparison.Ordinal);
            Assert.True(from >= 0 && to > from, $"{scenario}: the earlier period must come first in \"{sentence}\"");
        }
    }
}
