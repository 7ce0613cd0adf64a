namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>One breakdown a published row must have: the cell under <see cref="Column"/> equals <see cref="Value"/> (ordinal, after trimming).</summary>
public sealed record ComparatorFilter(string Column, string Value)
{
    /// <summary>Reads "column=value;column=value" as the comparator map writes filters; a blank text is no filter.</summary>
    internal static IReadOnlyList<ComparatorFilter>? TryParseList(string text)
    {
        var filters = new List<ComparatorFilter>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            filters.Add(new ComparatorFilter(part[..equals].Trim(), part[(equals + 1)..].Trim()));
        }

        return filters;
    }

    internal bool Matches(EesRow row) => string.Equals(row[Column], Value, StringComparison.Ordinal);

    public override string ToString() => $"{Column}={Value}";
}
