using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Thresholds for the data-quality checks; immutable and thread-safe, so one instance serves every upload and report.
/// Each property rejects a value that would make its rule meaningless when set.
/// </summary>
public sealed record DataQualityOptions
{
    /// <summary>
    /// How many standard deviations from the average of the earlier period-on-period changes the latest change must
    /// be before <see cref="JumpCheck"/> calls it unusual. Default 3: for roughly normal changes about 1 in 370
    /// ordinary periods would be flagged, few enough that a warning is worth reading.
    /// </summary>
    public decimal JumpStandardDeviations
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = 3.0m;

    /// <summary>
    /// Below this, a whole-number count (children adopted in a quarter) is a small count: its changes are judged against
    /// the chance variation of a Poisson count by <see cref="JumpCheck"/>, not against the spread of earlier changes,
    /// which for steady small counts is near zero and would call a rise from 13 to 16 many standard deviations. Default 100.
    /// </summary>
    public decimal SmallCountBelow
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 100m;

    /// <summary>
    /// How many earlier period-on-period changes <see cref="JumpCheck"/> needs before it judges the latest one. Default
    /// 6: with fewer, the standard deviation is too unsteady to call anything unusual. Six earlier changes plus the
    /// latest take at least eight consecutive figures. At least 2, the fewest a standard deviation can be taken from.
    /// </summary>
    public int MinimumSeriesForJump
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            field = value;
        }
    } = 6;

    /// <summary>
    /// How many of its latest expected periods an indicator may miss before <see cref="StoppedArrivingCheck"/> says its
    /// data stopped arriving. Default 2: a monthly indicator with no figure for the last 2 months it should have (one
    /// late month is common and is already shown as missing in the report). At least 1.
    /// </summary>
    public int StoppedAfterPeriods
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 2;

    /// <summary>
    /// How far, in the rate's own unit, a stated rate may be from its count over the population before
    /// <see cref="RateConsistencyCheck"/> warns. Default null: half a unit of the rate's last shown decimal place
    /// (0.05 for a rate shown to 1 decimal place), the most that correct rounding can move it.
    /// </summary>
    public decimal? RateTolerance
    {
        get;
        init
        {
            if (value is { } tolerance)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
            }

            field = value;
        }
    }

    public static DataQualityOptions Default { get; } = new();

    /// <summary>The tolerance for <paramref name="rate"/>: <see cref="RateTolerance"/>, or half a unit of its last shown decimal place.</summary>
    public decimal RateToleranceFor(Indicator rate)
    {
        ArgumentNullException.ThrowIfNull(rate);

        // 5 scaled by Decimals + 1 places: 0.5 at 0 decimals, 0.05 at 1, exactly.
        return RateTolerance ?? new decimal(5, 0, 0, false, (byte)(rate.Decimals + 1));
    }
}
