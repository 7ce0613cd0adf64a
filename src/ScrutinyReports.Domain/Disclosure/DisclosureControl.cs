using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Disclosure;

/// <summary>
/// Makes figures safe for a public report: a figure from which a small number of children could be recovered is
/// replaced by a suppressed one (no value, numerator or denominator), before anything is compared, charted or
/// written, so it cannot reappear as a previous value, a change, a trend point or a chart label.
/// Primary suppression: a count from 1 to threshold - 1; a percentage or rate whose numerator is such a count, or
/// whose denominator is below the threshold. Secondary suppression: a rate and the count it is derived from, for the
/// same period and breakdown, protect each other. Zero is shown: it identifies nobody. Pure and thread-safe.
/// </summary>
public static class DisclosureControl
{
    public static IReadOnlyList<Observation> Apply(IEnumerable<Observation> figures, IndicatorCatalogue catalogue, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var all = figures.ToList();
        var primary = all.Where(figure => catalogue.TryGet(figure.IndicatorId, out var indicator) && IsDisclosive(figure, indicator, options.Threshold))
            .Select(Key)
            .ToHashSet();

        var partners = options.DerivedPairs
            .SelectMany(pair => new[] { (pair.Rate, pair.Count), (pair.Count, pair.Rate) })
            .ToLookup(pair => pair.Item1, pair => pair.Item2, StringComparer.OrdinalIgnoreCase);
        var secondary = primary
            .SelectMany(key => partners[key.Indicator].Select(partner => key with { Indicator = partner }))
            .ToHashSet();

        return all.Select(figure => primary.Contains(Key(figure)) || secondary.Contains(Key(figure)) ? Suppressed(figure) : figure).ToList();
    }

    /// <summary>True when the figure itself, or the count it rests on, is a small number.</summary>
    public static bool IsDisclosive(Observation figure, Indicator indicator, int threshold)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(indicator);
        if (!figure.HasValue)
        {
            return false;
        }

        static bool Small(decimal? number, int threshold) => number is { } n && n >= 1 && n < threshold;
        return indicator.Unit switch
        {
            Unit.Count => Small(figure.Value, threshold),
            Unit.Percent or Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 =>
                Small(figure.Numerator, threshold) || figure.Denominator is { } d && d < threshold,
            _ => Small(figure.Numerator, threshold),
        };
    }

    private static Observation Suppressed(Observation figure) =>
        new(figure.IndicatorId, figure.Period, figure.Breakdown, null, ObservationStatus.Suppressed, commentary: figure.Commentary);

    private static FigureKey Key(Observation figure) => new(figure.IndicatorId.ToUpperInvariant(), figure.Period, figure.Breakdown);

    private readonly record struct FigureKey(string Indicator, Periods.ReportingPeriod Period, string Breakdown);
}
