using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Rule: the latest period-on-period change (latest figure minus the one for the period before, both rounded as
/// shown) is unusual when it lies more than <see cref="DataQualityOptions.JumpStandardDeviations"/> sample standard
/// deviations from the average of the series' earlier period-on-period changes. It is judged only when there are at
/// least <see cref="DataQualityOptions.MinimumSeriesForJump"/> earlier changes and they vary; exactly at the limit is
/// not beyond it.
/// </summary>
/// <remarks>
/// <para>Small whole-number counts (below <see cref="DataQualityOptions.SmallCountBelow"/>) are judged differently: a
/// count like children adopted in a quarter moves by chance by about the square root of its size, so the latest change
/// is tested as a change in a Poisson count (z on square-root-transformed counts) rather than against the spread of
/// earlier changes, which for a steady small count is tiny and would make 13 to 16 look like a 4.5 standard-deviation jump.</para>
/// <para>A jump is most often a typing slip (a stray digit, last month's cell pasted again) or a change of definition
/// or system, and is worth a look before a panel reads a story into it. The latest change is compared with the
/// average earlier change rather than with zero, so a series that has risen by about 10 a month is not flagged for
/// rising by 10 again.</para>
/// <para>A change is taken only between figures for consecutive periods that both have a value: across a gap or a
/// suppressed figure there is no period-on-period change. So nothing is judged when the latest figure, or the one for
/// the period before it, is missing, suppressed or not available.</para>
/// <para>When every earlier change is the same (a count that stayed at 0, or rose by exactly 5 each month) the standard
/// deviation is 0 and any different change would be infinitely many standard deviations away. The check is skipped
/// then: a statistic drawn from no variation says nothing about how unusual a change is, and a first movement of a
/// flat series (0 to 1) is not a data-quality problem.</para>
/// </remarks>
public static class JumpCheck
{
    /// <summary>A warning when the latest change in <paramref name="series"/> is unusual, otherwise null.</summary>
    /// <param name="indicator">The indicator the series is of.</param>
    /// <param name="series">Its figures for one breakdown, oldest first, at most one per period; the last is judged.</param>
    /// <param name="options">The limit and the shortest history; <see cref="DataQualityOptions.Default"/> when null.</param>
    public static DataQualityWarning? Check(Indicator indicator, IReadOnlyList<Observation> series, DataQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        CheckSeries(indicator, series);
        options ??= DataQualityOptions.Default;
        if (series.Count < 2 || ChangeBetween(indicator, series[^2], series[^1]) is not { } latestChange)
        {
            return null;
        }

        if (IsSmallCount(indicator, series[^2].Value!.Value, series[^1].Value!.Value, options))
        {
            return SmallCountJump(indicator, series[^2], series[^1], options);
        }

        var earlier = new List<decimal>();
        for (var i = 1; i < series.Count - 1; i++)
        {
            if (ChangeBetween(indicator, series[i - 1], series[i]) is { } change)
            {
                earlier.Add(change);
            }
        }

        if (earlier.Count < options.MinimumSeriesForJump)
        {
            return null;
        }

        var mean = earlier.Sum() / earlier.Count;
        var variance = earlier.Sum(change => (change - mean) * (change - mean)) / (earlier.Count - 1);
        var deviation = latestChange - mean;

        // Squared, so the comparison stays in decimal with no square root to round: |d| > N sd  <=>  d^2 > N^2 var.
        var limit = options.JumpStandardDeviations;
        if (variance == 0 || deviation * deviation <= limit * limit * variance)
        {
            return null;
        }

        var standardDeviation = Math.Sqrt((double)variance);
        var latest = series[^1];
        var previous = series[^2];
        var places = indicator.Decimals + 1;
        var message =
            $"{WarningText.Subject(indicator, latest.Breakdown, latest.Period)} is {WarningText.Shown(latest.Value!.Value, indicator)}, " +
            $"{Movement(indicator, latestChange)} from {WarningText.Shown(previous.Value!.Value, indicator)} in {indicator.PeriodLabel(previous.Period)}. " +
            $"The {earlier.Count} earlier {WarningText.OnPrevious(indicator.Frequency)} changes averaged {Signed(mean, places)} " +
            $"with a standard deviation of {ValueFormatter.Number((decimal)standardDeviation, places)}, " +
            $"so this change is {ValueFormatter.Number((decimal)Math.Abs((double)deviation / standardDeviation), 1)} standard deviations " +
            $"from the average (the limit is {WarningText.Exact(limit)}). Check the figure before it is relied on.";
        return DataQualityWarning.For(DataQualityWarningKind.UnusualJump, latest, message);
    }

    private static bool IsSmallCount(Indicator indicator, decimal previous, decimal latest, DataQualityOptions options) =>
        indicator.Unit == Unit.Count && indicator.Decimals == 0 && previous >= 0 && latest >= 0 &&
        previous == decimal.Truncate(previous) && latest == decimal.Truncate(latest) &&
        Math.Max(previous, latest) < options.SmallCountBelow;

    /// <summary>
    /// A small count varies by chance about as much as the square root of its size (a Poisson count), so the change is
    /// tested on square-root-transformed counts (Anscombe: 2√(x + 3/8) has variance close to 1 whatever the level): the
    /// difference of two transformed counts over √2 is a z-score for "no real change". 13 to 16 gives 0.6; 13 to 35 gives 3.2.
    /// </summary>
    public static double SmallCountZ(decimal previous, decimal latest) =>
        2 * (Math.Sqrt((double)latest + 0.375) - Math.Sqrt((double)previous + 0.375)) / Math.Sqrt(2);

    private static DataQualityWarning? SmallCountJump(Indicator indicator, Observation previous, Observation latest, DataQualityOptions options)
    {
        var z = SmallCountZ(indicator.Round(previous.Value!.Value), indicator.Round(latest.Value!.Value));
        if (Math.Abs(z) <= (double)options.JumpStandardDeviations)
        {
            return null;
        }

        var change = indicator.Round(latest.Value!.Value) - indicator.Round(previous.Value!.Value);
        var message =
            $"{WarningText.Subject(indicator, latest.Breakdown, latest.Period)} is {WarningText.Shown(latest.Value!.Value, indicator)}, " +
            $"{Movement(indicator, change)} from {WarningText.Shown(previous.Value!.Value, indicator)} in {indicator.PeriodLabel(previous.Period)}. " +
            $"Counts this small vary by chance by about the square root of their size; tested as Poisson counts (on square roots), " +
            $"this change is {ValueFormatter.Number((decimal)Math.Abs(z), 1)} standard errors from no change (the limit is {WarningText.Exact(options.JumpStandardDeviations)}). " +
            "Check the figure before it is relied on.";
        return DataQualityWarning.For(DataQualityWarningKind.UnusualJump, latest, message);
    }

    /// <summary>The later figure minus the earlier, as shown, when they are for consecutive periods and both have a value.</summary>
    private static decimal? ChangeBetween(Indicator indicator, Observation earlier, Observation later) =>
        earlier.Period.PeriodsUntil(later.Period) == 1 && earlier.Value is { } from && later.Value is { } to
            ? indicator.Round(to) - indicator.Round(from)
            : null;

    private static string Movement(Indicator indicator, decimal change) => change switch
    {
        > 0 => "up " + ValueFormatter.Change(change, indicator),
        < 0 => "down " + ValueFormatter.Change(change, indicator),
        _ => "unchanged",
    };

    private static string Signed(decimal value, int places)
    {
        var rounded = Math.Round(value, places, MidpointRounding.AwayFromZero);
        return rounded switch
        {
            > 0 => "+" + ValueFormatter.Number(rounded, places),
            0 => ValueFormatter.Number(0m, places),
            _ => ValueFormatter.Number(rounded, places),
        };
    }

    private static void CheckSeries(Indicator indicator, IReadOnlyList<Observation> series)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var figure = series[i];
            ArgumentNullException.ThrowIfNull(figure, nameof(series));
            if (!string.Equals(figure.IndicatorId, indicator.Id, StringComparison.Ordinal) || figure.Period.Frequency != indicator.Frequency)
            {
                throw new ArgumentException($"Every figure must be {indicator.Id}'s, at its frequency; {figure.IndicatorId} for {figure.Period} is not.", nameof(series));
            }

            if (i > 0 && (!string.Equals(figure.Breakdown, series[0].Breakdown, StringComparison.Ordinal) || figure.Period <= series[i - 1].Period))
            {
                throw new ArgumentException("A series is one breakdown's figures, oldest first, one per period.", nameof(series));
            }
        }
    }
}
