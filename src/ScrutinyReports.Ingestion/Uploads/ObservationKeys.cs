using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Spots the same indicator, period and breakdown twice in one file. Keys are packed into one long so that a
/// million-row upload costs tens of megabytes, not hundreds. Not thread-safe.
/// </summary>
internal sealed class ObservationKeys
{
    private readonly Dictionary<string, int> indicators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> breakdowns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, int> firstRow = [];

    /// <summary>Records the key and returns 0, or returns the row that already had it.</summary>
    public int Add(string indicatorId, ReportingPeriod period, string breakdown, int row)
    {
        var key = ((long)Index(indicators, indicatorId) << 42) | ((long)Index(breakdowns, breakdown) << 20) |
                  ((long)period.Frequency << 18) | (long)((period.Year * 16) + period.Index);
        return firstRow.TryAdd(key, row) ? 0 : firstRow[key];
    }

    private static int Index(Dictionary<string, int> names, string name)
    {
        if (!names.TryGetValue(name, out var index))
        {
            index = names.Count;
            names.Add(name, index);
        }

        return index;
    }
}
