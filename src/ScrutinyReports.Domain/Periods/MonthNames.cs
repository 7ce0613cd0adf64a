namespace ScrutinyReports.Domain.Periods;

/// <summary>English month names, held here so that no culture data decides how a report reads.</summary>
public static class MonthNames
{
    private static readonly string[] Full =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string FullName(int month) => Full[month - 1];

    public static string ShortName(int month) => Full[month - 1][..3];

    /// <summary>Reads "Sep", "Sept" or "September" in any case; 0 when the text is not a month.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Full.Length; i++)
        {
            var name = Full[i].AsSpan();
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                text.Equals(name[..3], StringComparison.OrdinalIgnoreCase) ||
                (text.Length == 4 && name.Length > 4 && text.Equals(name[..4], StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
