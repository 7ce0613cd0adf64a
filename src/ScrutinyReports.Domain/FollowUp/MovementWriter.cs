using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// Writes what has happened to a linked indicator since an item was raised, in the narrative's wording: every figure
/// with its period, percentages moving in percentage points, judgement words only for indicators with a polarity, and
/// a missing or suppressed figure said to be so. The earlier figure is the one for the last period that had ended
/// before the month of the raising meeting: the latest the meeting could have seen.
/// </summary>
public static class MovementWriter
{
    public static IndicatorMovement Describe(FollowUpItem item, IndicatorAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(analysis);
        var indicator = analysis.Indicator;
        var raisedMonth = ReportingPeriod.Month(item.Raised.Year, item.Raised.Month);
        var from = ReportingPeriod.LatestEndedBy(raisedMonth.Previous, indicator.Frequency);
        var to = analysis.Period;
        var since = $"Since this {Agreed(item.Kind)} in {MonthNames.FullName(item.Raised.Month)} {item.Raised.Year}";
        var name = NarrativeWriter.Lower(indicator.Name);
        var series = Series(analysis);
        // Raised after the current period ended, there is no figure since: nothing is compared.
        var comparison = from < to
            ? IndicatorAnalyser.Compare(indicator, analysis.Value, from, series)
            : IndicatorAnalyser.Compare(indicator, null, from, series);

        string sentence;
        if (from >= to)
        {
            var latest = analysis.Value is { } value && analysis.Current is { } current
                ? $"; the latest, for {indicator.PeriodLabel(to)}, is {NarrativeWriter.Shown(value, current, indicator)}"
                : string.Empty;
            sentence = $"No figure for {name} for a later period than {indicator.PeriodLabel(from)} has been received since this {Agreed(item.Kind)} in {MonthNames.FullName(item.Raised.Month)} {item.Raised.Year}{latest}.";
        }
        else if (analysis.Value is null)
        {
            sentence = $"{since}, no comparison can be made: {Missing(analysis.Current, indicator.PeriodLabel(to), name)}.";
        }
        else if (comparison.Earlier is null && from < EarliestHeld(analysis))
        {
            sentence = $"{since}, no comparison can be made: the report holds no figure for {name} as early as {indicator.PeriodLabel(from)}.";
        }
        else if (comparison.EarlierValue is null)
        {
            sentence = $"{since}, no comparison can be made: {Missing(comparison.Earlier, indicator.PeriodLabel(from), name)}.";
        }
        else
        {
            var then = NarrativeWriter.Shown(comparison.EarlierValue.Value, comparison.Earlier!, indicator);
            var now = NarrativeWriter.Shown(analysis.Value.Value, analysis.Current!, indicator);
            var moved = comparison.Direction == Direction.Unchanged
                ? $"{since}, the figure for {name} is unchanged at {now} in {indicator.PeriodLabel(to)}, the same as in {indicator.PeriodLabel(from)}"
                : $"{since}, the figure for {name} has {Perfect(comparison.Direction)} from {then} in {indicator.PeriodLabel(from)} to {now} in {indicator.PeriodLabel(to)}, {NarrativeWriter.Movement(comparison, indicator)}";
            var target = analysis.Target is { } assessment
                ? "; " + (assessment.Met && !assessment.Target.IsRange ? "it " : "it is ") + TargetWording.Standing(assessment, indicator)
                : string.Empty;
            sentence = moved + target + ".";
        }

        return new IndicatorMovement(indicator.Id, indicator.Name, from, comparison.EarlierValue, to, analysis.Value,
            comparison.Change, comparison.Direction, sentence);
    }

    private static string Agreed(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Recommendation => "recommendation was made",
        FollowUpKind.Action => "action was agreed",
        _ => "question was asked",
    };

    private static string Perfect(Direction direction) => direction switch
    {
        Direction.Increased => "risen",
        Direction.Decreased => "fallen",
        _ => NarrativeWriter.Verb(direction),
    };

    private static string Missing(Observation? observation, string period, string name) => observation switch
    {
        null => $"no figure for {name} was received for {period}",
        { Status: ObservationStatus.Suppressed } => $"the {period} figure for {name} is suppressed because it rests on small numbers",
        _ => $"the {period} figure for {name} is not available",
    };

    private static ReportingPeriod EarliestHeld(IndicatorAnalysis analysis) =>
        analysis.History.Select(point => point.Period).Concat(analysis.Outturns.Select(outturn => outturn.Period))
            .Append(analysis.YearAgo.Period).Append(analysis.Period).Min();

    // Every figure the analysis holds, by period: the trend history, the outturns and the two comparison periods.
    private static Dictionary<ReportingPeriod, Observation> Series(IndicatorAnalysis analysis)
    {
        var series = new Dictionary<ReportingPeriod, Observation>();
        foreach (var observation in analysis.History.Select(point => point.Observation)
                     .Concat(analysis.Outturns.Select(outturn => outturn.Observation))
                     .Append(analysis.Previous.Earlier).Append(analysis.YearAgo.Earlier).OfType<Observation>())
        {
            series.TryAdd(observation.Period, observation);
        }

        return series;
    }
}
