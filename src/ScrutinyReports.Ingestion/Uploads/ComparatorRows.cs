using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// A long-format row with a value in its <c>comparator</c> column ("England", "West Midlands", "Statistical
/// neighbours") is a comparator figure from elsewhere (a benchmarking club, LAIT), not one of the council's own. It is
/// read and checked like any figure and comes out marked by a reserved breakdown, which the pipeline keeps apart.
/// </summary>
public static class ComparatorRows
{
    private const string Prefix = "comparator\u001f";

    public static string BreakdownFor(string comparatorName) => Prefix + comparatorName.Trim();

    public static bool IsComparator(Observation figure, out string name)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var isComparator = figure.Breakdown.StartsWith(Prefix, StringComparison.Ordinal);
        name = isComparator ? figure.Breakdown[Prefix.Length..] : string.Empty;
        return isComparator;
    }
}
