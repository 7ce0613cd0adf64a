using System.Globalization;

namespace ScrutinyReports.Domain.Formatting;

/// <summary>A count with its noun, as a reader says it: "1 figure", "1,354 figures", "0 messages".</summary>
public static class CountText
{
    public static string Of(long count, string noun) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";
}
