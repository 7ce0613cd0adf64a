using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// A true "highest since" or "lowest since" statement about the latest figure of a series.
/// <see cref="Current"/> is at least as high (for <see cref="ExtremeKind.Highest"/>) as every one of the
/// <see cref="EarlierValues"/> figures from <see cref="Since"/> (inclusive) up to it, and strictly higher than at
/// least one of them. <see cref="LastBeyond"/> is the latest earlier figure that was higher, the point where the run
/// stops; it is null when no earlier figure in the series was, and then the figure is the highest of the whole
/// series, which starts at <see cref="Since"/>. <see cref="TiedWith"/> lists the periods in the run with exactly the
/// same figure: when it is not empty the statement must say "joint highest" or "equal to <period>".
/// </summary>
/// <remarks>
/// Word it so that it cannot be misread. In everyday English "the highest since March 2018" means March 2018 was
/// higher (or as high) and nothing since was: use <see cref="LastBeyond"/> for that wording, ideally with its figure.
/// "The highest of the 14 figures since April 2018" uses <see cref="Since"/> and <see cref="EarlierValues"/>.
/// </remarks>
public sealed record SeriesExtreme(
    ExtremeKind Kind,
    PeriodValue Current,
    ReportingPeriod Since,
    int EarlierValues,
    PeriodValue? LastBeyond,
    IReadOnlyList<ReportingPeriod> TiedWith)
{
    /// <summary>Statements covering fewer earlier figures than this say no more than "it rose" or "it fell".</summary>
    public const int DefaultMinimumEarlierValues = 2;

    /// <summary>True when no earlier figure in the series went beyond the current one.</summary>
    public bool WholeSeries => LastBeyond is null;

    /// <summary>True when an earlier figure in the run equals the current one.</summary>
    public bool Joint => TiedWith.Count > 0;

    /// <summary>
    /// The "highest since" statement for the latest figure of <paramref name="series"/>, or null when none is true and
    /// worth making: the latest figure is below the one before it, the run covers fewer than
    /// <paramref name="minimumEarlierValues"/> earlier figures, or every figure in the run equals it (a flat run).
    /// </summary>
    public static SeriesExtreme? Highest(IEnumerable<PeriodValue> series, int minimumEarlierValues = DefaultMinimumEarlierValues) =>
        Find(series, ExtremeKind.Highest, minimumEarlierValues);

    /// <summary>The "lowest since" statement for the latest figure; the mirror image of <see cref="Highest"/>.</summary>
    public static SeriesExtreme? Lowest(IEnumerable<PeriodValue> series, int minimumEarlierValues = DefaultMinimumEarlierValues) =>
        Find(series, ExtremeKind.Lowest, minimumEarlierValues);

    private static SeriesExtreme? Find(IEnumerable<PeriodValue> series, ExtremeKind kind, int minimumEarlierValues)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumEarlierValues, 1);
        var ordered = SeriesOrder.Checked(series);
        if (ordered.Count < 2)
        {
            return null;
        }

        var current = ordered[^1];
        var sign = kind == ExtremeKind.Highest ? 1 : -1;
        var tied = new List<ReportingPeriod>();
        var strictlyBeyondSome = false;
        PeriodValue? lastBeyond = null;
        var run = 0;
        for (var i = ordered.Count - 2; i >= 0; i--)
        {
            var earlier = ordered[i];
            var difference = sign * (current.Value - earlier.Value);
            if (difference < 0)
            {
                lastBeyond = earlier;
                break;
            }

            run++;
            if (difference == 0)
            {
                tied.Add(earlier.Period);
            }
            else
            {
                strictlyBeyondSome = true;
            }
        }

        if (run < minimumEarlierValues || !strictlyBeyondSome)
        {
            return null;
        }

        tied.Reverse();
        return new SeriesExtreme(kind, current, ordered[^(run + 1)].Period, run, lastBeyond, tied);
    }
}
