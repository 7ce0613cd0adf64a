using Cronos;
using ScrutinyReports.Domain.Parsing;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// When monthly reports are published: a cron expression read in UTC, always, so that a run happens at the same
/// instant on Functions and on a laptop (07:00 UTC is 08:00 in British Summer Time). Both the five-field form
/// ("0 7 5 * *") and the six-field form with seconds that Functions timers use ("0 0 7 5 * *") are read, so one
/// REPORT_SCHEDULE setting serves both hosts. Immutable and safe to share.
/// </summary>
public sealed class ReportSchedule
{
    /// <summary>The 5th of each month at 07:00 UTC: officers have four days to send last month's figures.</summary>
    public const string DefaultExpression = "0 7 5 * *";

    /// <summary>The setting (environment variable or app setting) both hosts read the schedule from.</summary>
    public const string SettingName = "REPORT_SCHEDULE";

    /// <summary>
    /// How early a run may start and still count as the next occurrence's: a timer can fire a moment before its
    /// time, and that run must not be taken for a repeat of the previous month's.
    /// </summary>
    public static readonly TimeSpan EarlyStart = TimeSpan.FromMinutes(1);

    private readonly CronExpression expression;

    private ReportSchedule(string text, CronExpression expression)
    {
        Expression = text;
        this.expression = expression;
    }

    public static ReportSchedule Default { get; } = Parse(DefaultExpression).Value;

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>The time zone the expression is read in: UTC, never the machine's.</summary>
    public static TimeZoneInfo TimeZone => TimeZoneInfo.Utc;

    public static ParseResult<ReportSchedule> Parse(string? text)
    {
        var fields = (text ?? string.Empty).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var normalised = string.Join(' ', fields);
        var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return fields.Length is 5 or 6 && CronExpression.TryParse(normalised, format, out var parsed)
            ? ParseResult<ReportSchedule>.Ok(new ReportSchedule(normalised, parsed))
            : ParseResult<ReportSchedule>.Fail($"a cron expression read in UTC such as \"{DefaultExpression}\" (minute hour day month weekday), or with seconds first as Functions timers write it (\"0 {DefaultExpression}\"); found \"{text}\"");
    }

    /// <summary>The latest occurrence at or before <paramref name="asOf"/> (allowing <see cref="EarlyStart"/>), or null if there has never been one.</summary>
    public DateTimeOffset? LatestBy(DateTimeOffset asOf) => expression.GetPreviousOccurrence(asOf + EarlyStart, TimeZone, inclusive: true);

    /// <summary>How many occurrences fall strictly between two instants: the runs a late run stands in for.</summary>
    public int CountBetween(DateTimeOffset after, DateTimeOffset before) =>
        after >= before ? 0 : expression.GetOccurrences(after, before, TimeZone, fromInclusive: false, toInclusive: false).Count();

    /// <summary>The month a run reports on: the one before the run's month, so a run on 5 October 2019 publishes September 2019.</summary>
    public static ReportingPeriod ReportMonthOf(DateTimeOffset occurrence)
    {
        var utc = occurrence.UtcDateTime;
        return ReportingPeriod.Month(utc.Year, utc.Month).Previous;
    }

    public override string ToString() => $"{Expression} (UTC)";
}
