using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// Says when a movement since the previous period is noise: the indicator's SPC chart qualifies, the latest figure is
/// common cause, and the change from the period right before it is below the moving-range chart's upper limit (see
/// <see cref="SpcAnalysis.IsUsualChangeInto"/>). The direction word stays, because the figure did move; the phrase gives
/// the context a member needs not to be pointed at it. Without a qualifying chart (too few figures, rolling and
/// three-year figures, annual indicators) nothing is added.
/// </summary>
public static class UsualVariation
{
    /// <summary>Whether the change from <see cref="IndicatorAnalysis.Previous"/> to the current figure is usual variation on <paramref name="spc"/>.</summary>
    public static bool Covers(IndicatorAnalysis analysis, SpcAnalysis? spc)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var previous = analysis.Previous;
        if (spc is not { Qualifies: true } || previous.Change is not { } change || change == 0 || previous.Period != analysis.Period.Previous
            || spc.Indicator.Id != analysis.Indicator.Id || !spc.IsUsualChangeInto(analysis.Period))
        {
            return false;
        }

        // The chart and the sentence must speak of the same two figures as shown.
        return spc.Points.Any(p => p.Period == analysis.Period && p.Value == analysis.Value)
            && spc.Points.Any(p => p.Period == previous.Period && p.Value == previous.EarlierValue);
    }

    /// <summary>"within its usual month-to-month variation" (quarter-to-quarter for a quarterly indicator).</summary>
    public static string Phrase(Frequency frequency) =>
        $"within its usual {(frequency == Frequency.Quarterly ? "quarter-to-quarter" : "month-to-month")} variation";
}
