using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Rendering.Views;

/// <summary>The short texts tables show: figures with units, signed changes, RAG words with a symbol that does not rely on colour.</summary>
public static class DisplayText
{
    public static string Figure(Observation? observation, Indicator indicator) => observation switch
    {
        null => "No data",
        { Status: ObservationStatus.Suppressed } => "[c]",
        { Status: ObservationStatus.NotAvailable } => "Not available",
        { Status: ObservationStatus.Provisional } => ValueFormatter.Value(indicator.Round(observation.Value!.Value), indicator) + " (provisional)",
        _ => ValueFormatter.Value(indicator.Round(observation.Value!.Value), indicator),
    };

    public static string Change(PeriodComparison comparison, Indicator indicator)
    {
        if (comparison.Change is not { } change)
        {
            return "Not comparable";
        }

        if (change == 0)
        {
            return "No change";
        }

        var sign = change > 0 ? "+" : "−";
        var size = ValueFormatter.Number(Math.Abs(change), indicator.Decimals);
        return indicator.Unit == Unit.Percent ? $"{sign}{size} pts" : $"{sign}{size}";
    }

    public static string Direction(Direction direction) => direction switch
    {
        Domain.Comparisons.Direction.Improved => "Improved",
        Domain.Comparisons.Direction.Worsened => "Worsened",
        Domain.Comparisons.Direction.Unchanged => "Unchanged",
        Domain.Comparisons.Direction.Increased => "Increased",
        Domain.Comparisons.Direction.Decreased => "Decreased",
        _ => "Not comparable",
    };

    public static string Rag(Rag rag) => rag switch
    {
        Domain.Comparisons.Rag.Green => "✔ Green: on target",
        Domain.Comparisons.Rag.Amber => "▲ Amber: close to target",
        Domain.Comparisons.Rag.Red => "✖ Red: off target",
        _ => "No rating",
    };

    public static string Target(Indicator indicator)
    {
        var target = indicator.Target;
        if (target is null)
        {
            return "No target";
        }

        return target switch
        {
            { IsRange: true } => ValueFormatter.Range(target.Minimum!.Value, target.Maximum!.Value, indicator.Unit),
            { Minimum: { } floor } => $"At least {ValueFormatter.Bound(floor, indicator.Unit)}",
            _ => $"No more than {ValueFormatter.Bound(target.Maximum!.Value, indicator.Unit)}",
        };
    }

    public static string GoodDirection(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        _ => "Context measure: no good direction",
    };
}
