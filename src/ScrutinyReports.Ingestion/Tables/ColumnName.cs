namespace ScrutinyReports.Ingestion.Tables;

/// <summary>Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA.</summary>
public static class ColumnName
{
    public static string FromIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The zero-based index of a cell reference's column ("D14" gives 3); -1 when there is none.</summary>
    public static int IndexOf(ReadOnlySpan<char> reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            letters++;
        }

        return letters == 0 ? -1 : index - 1;
    }
}
