namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Hands back one string instance for each short text seen again: indicator ids, periods and breakdown names
/// repeat on every row of a large upload, so this saves most of the allocation of reading it. Not thread-safe.
/// </summary>
internal sealed class RepeatedStringCache
{
    private const int MaxLength = 48;
    private const int MaxEntries = 16_384;
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public RepeatedStringCache() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(char[] buffer, int offset, int length)
    {
        var text = new ReadOnlySpan<char>(buffer, offset, length);
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.ToString();
        }

        if (lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = text.ToString();
        if (strings.Count < MaxEntries)
        {
            strings.Add(created);
        }

        return created;
    }
}
