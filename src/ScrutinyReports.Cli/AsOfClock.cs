namespace ScrutinyReports.Cli;

/// <summary>
/// The clock <c>--as-of</c> sets, for tests and backfills: it stands at the given instant, except that each reading
/// is one tick (100 ns) later than the one before. Uploads taken in one pass therefore keep the order they were
/// taken in (the order decides which of two figures for a month is current), while receipts and reports still show
/// the as-of instant to the millisecond. Its time zone is UTC. Timers (the wait between passes) run in real time.
/// </summary>
internal sealed class AsOfClock(DateTimeOffset asOf) : TimeProvider
{
    private readonly DateTimeOffset start = asOf.ToUniversalTime();
    private long readings;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => start.AddTicks(Interlocked.Increment(ref readings) - 1);
}
