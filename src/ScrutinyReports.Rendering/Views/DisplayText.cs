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

    /// <summary>A figure for a crowded table cell: the unit is kept only where it is a symbol (%, £).</summary>
    public static string Compact(Observation? observation, Indicator indicator) =>
        observation?.Value is { } value && indicator.Unit is not (Unit.Percent or Unit.Currency)
            ? Bare(value, indicator) + (observation.Status == ObservationStatus.Provisional ? " (provisional)" : string.Empty)
            : Figure(observation, indicator);

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

    /// <summary>RAG in words, so that it never relies on colour.</summary>
    public static string RagWord(Rag rag) => rag switch
    {
        Domain.Comparisons.Rag.Green => "Green: on target",
        Domain.Comparisons.Rag.Amber => "Amber: close to target",
        Domain.Comparisons.Rag.Red => "Red: off target",
        _ => "No rating",
    };

    /// <summary>A shape per RAG state, distinguishable in black and white.</summary>
    public static string RagSymbol(Rag rag) => rag switch
    {
        Domain.Comparisons.Rag.Green => "✔",
        Domain.Comparisons.Rag.Amber => "▲",
        Domain.Comparisons.Rag.Red => "✖",
        _ => "–",
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

    /// <summary>
    /// The target with the values that rate amber, as a figure is rated (missed by no more than the tolerance,
    /// inclusive): "At least 70% (amber from 65%)", "No more than 426 days (amber up to 456 days)", "550 to 580
    /// (amber from 540 or up to 590)". Without a tolerance any miss is red, and only the target is written.
    /// </summary>
    public static string TargetAndTolerance(Indicator indicator)
    {
        var target = Target(indicator);
        var tolerance = indicator.Tolerance;
        if (indicator.Target is not { } goal || tolerance == 0)
        {
            return target;
        }

        // A floor less its tolerance can fall below zero; nothing the catalogue measures can, bar money.
        string Low(decimal floor) => ValueFormatter.Bound(indicator.Unit == Unit.Currency ? floor - tolerance : Math.Max(0, floor - tolerance), indicator.Unit);
        string High(decimal ceiling) => ValueFormatter.Bound(ceiling + tolerance, indicator.Unit);
        var amber = goal switch
        {
            { Minimum: { } floor, Maximum: { } ceiling } => $"amber from {Low(floor)} or up to {High(ceiling)}",
            { Minimum: { } floor } => $"amber from {Low(floor)}",
            _ => $"amber up to {High(goal.Maximum!.Value)}",
        };
        return $"{target} ({amber})";
    }

    public static string GoodDirection(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        _ => "Context measure: no good direction",
    };

    /// <summary>A figure without its unit, for chart labels and compact cells.</summary>
    public static string Bare(decimal value, Indicator indicator) => ValueFormatter.Number(indicator.Round(value), indicator.Decimals);

    /// <summary>How a month, quarter or year is named on a cover sheet: "23 October 2019".</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Domain.Periods.MonthNames.FullName(date.Month)} {date.Year}";

    public static string UnitWords(Indicator indicator) => indicator.Unit switch
    {
        Unit.Percent => "per cent",
        Unit.RatePer10000 => "per 10,000 children",
        Unit.RatePer1000 => "per 1,000",
        Unit.RatePer100000 => "per 100,000",
        Unit.Days => "days",
        Unit.Weeks => "weeks",
        Unit.Currency => "pounds",
        Unit.Score => "score",
        _ => "number",
    };
}
