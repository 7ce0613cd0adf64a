using System.Text.RegularExpressions;

namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// The form categories are compared in: any case, runs of spaces as one, and a dash between numbers read as "to"
/// (<c>10-15</c>, <c>10 – 15</c> and <c>10 to 15</c> are one).
/// </summary>
internal static partial class CategoryKey
{
    public static string Of(string text)
    {
        var spaced = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return NumberRange().Replace(spaced, "$1 to $2");
    }

    [GeneratedRegex(@"([0-9])\s*[-\u2013\u2014]\s*([0-9])")]
    private static partial Regex NumberRange();
}
