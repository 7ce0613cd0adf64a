using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// The usual variation of an indicator from one period to the next: the standard deviation of the changes between
/// consecutive figures in its history, each rounded as shown. A change is beyond the spread, so not noise, when it
/// is more than twice that. For a series that only wobbles, a year-on-year change has the same spread as a
/// period-on-period one, so twice the spread marks roughly the 5% of changes noise alone would make.
/// </summary>
public static class ChangeSpread
{
    /// <summary>How many consecutive changes the history needs before its spread is worth reading.</summary>
    public const int MinimumChanges = 4;

    /// <summary>How many spreads a change has to exceed to count as more than noise.</summary>
    public const decimal Multiple = 2m;

    /// <summary>The spread of the history's consecutive changes; null when fewer than <see cref="MinimumChanges"/> pairs had figures.</summary>
    public static decimal? Of(IReadOnlyList<SeriesPoint> history, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(indicator);
        var changes = history.Zip(history.Skip(1))
            .Where(pair => pair.First.Observation?.Value is not null && pair.Second.Observation?.Value is not null)
            .Select(pair => (double)(indicator.Round(pair.Second.Observation!.Value!.Value) - indicator.Round(pair.First.Observation!.Value!.Value)))
            .ToList();
        if (changes.Count < MinimumChanges)
        {
            return null;
        }

        var mean = changes.Average();
        var variance = changes.Sum(change => (change - mean) * (change - mean)) / (changes.Count - 1);
        return (decimal)Math.Sqrt(variance);
    }

    /// <summary>Whether a change is more than <see cref="Multiple"/> spreads; never when the spread is unknown.</summary>
    public static bool IsBeyond(decimal change, decimal? spread) => spread is { } usual && Math.Abs(change) > Multiple * usual;
}
