using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>How a target and a figure's distance from it are written: "the target of at least 80%", "2.6 percentage points above the target of no more than 22%".</summary>
public static class TargetWording
{
    /// <summary>"the target of at least 80%", "the target of no more than 6 days", "the target range of 550 to 580".</summary>
    public static string Of(Target target, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        return (target.Minimum, target.Maximum) switch
        {
            ({ } min, { } max) => $"the target range of {ValueFormatter.Range(min, max, unit)}",
            ({ } min, null) => $"the target of at least {ValueFormatter.Bound(min, unit)}",
            _ => $"the target of no more than {ValueFormatter.Bound(target.Maximum!.Value, unit)}",
        };
    }

    /// <summary>Where the figure stands: "within the target range of …", "meets the target of …" or "9.0 percentage points below the target of …".</summary>
    public static string Standing(TargetAssessment assessment, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(indicator);
        var target = Of(assessment.Target, indicator.Unit);
        if (assessment.Met)
        {
            return assessment.Target.IsRange ? $"within {target}" : $"meets {target}";
        }

        return $"{ValueFormatter.Change(assessment.Gap, indicator)} {(assessment.Gap < 0 ? "below" : "above")} {target}";
    }
}
