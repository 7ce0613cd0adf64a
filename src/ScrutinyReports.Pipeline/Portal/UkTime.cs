using System.Globalization;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Instants as people in the UK read them: "5 October 2026, 07:00", in Europe/London time (GMT or BST). The zone
/// comes from the operating system's time zone data (tzdata on Linux), which invariant globalization leaves alone.
/// </summary>
internal static class UkTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The date in the UK at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    // Windows names the zone differently and, with ICU off, cannot translate the IANA id.
    private static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london) ? london
        : TimeZoneInfo.TryFindSystemTimeZoneById("GMT Standard Time", out var windows) ? windows
        : throw new InvalidOperationException("The Europe/London time zone is not installed; install the tzdata package.");
}
