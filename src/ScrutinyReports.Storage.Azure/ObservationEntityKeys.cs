using System.Globalization;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Keys of the observations table, where every figure ever stored is an immutable revision entity.
/// <list type="bullet">
/// <item>PartitionKey "{breakdown}|{yyyy}": one breakdown's figures for periods ending in one calendar year. A report
/// reads one breakdown over about two years: a couple of partitions, one key range.</item>
/// <item>RowKey "{period end yyyyMMdd}|{indicator}|{frequency}|{received ticks D19}|{upload key}|{attempt}". The first
/// three parts name the figure, so a period-end window is one RowKey range and a figure's history is one prefix;
/// the next two put its revisions in upload order; the commit attempt keeps a retried or abandoned attempt's
/// leftovers apart from the attempt that counts.</item>
/// </list>
/// </summary>
internal static class ObservationEntityKeys
{
    private const int DateLength = 8;

    public static string Partition(string breakdown, int endYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{TableKeys.EscapePart(breakdown)}{TableKeys.Separator}{endYear:D4}");

    public static string Partition(Observation observation) => Partition(observation.Breakdown, observation.Period.End.Year);

    /// <summary>The RowKey prefix every revision of one figure shares.</summary>
    public static string Figure(string indicatorId, ReportingPeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{Date(period.End)}{TableKeys.Separator}{TableKeys.EscapePart(indicatorId)}{TableKeys.Separator}{(int)period.Frequency}{TableKeys.Separator}");

    /// <summary>What follows the figure in the RowKeys of one commit attempt.</summary>
    public static string AttemptSuffix(UploadOrder order, string attempt) => order.KeyText + TableKeys.Separator + attempt;

    /// <summary>The figure part of a stored RowKey.</summary>
    public static string FigureOf(string rowKey)
    {
        var end = rowKey.IndexOf(TableKeys.Separator, DateLength + 1);
        end = rowKey.IndexOf(TableKeys.Separator, end + 1);
        return rowKey[..(end + 1)];
    }

    public static DateOnly PeriodEndOf(string rowKey) =>
        DateOnly.ParseExact(rowKey.AsSpan(0, DateLength), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The escaped breakdown a partition key starts with.</summary>
    public static string BreakdownPartOf(string partitionKey) => partitionKey[..partitionKey.LastIndexOf(TableKeys.Separator)];

    /// <summary>
    /// The partitions after every one of the breakdown whose escaped form is <paramref name="escapedBreakdown"/>. A key
    /// that starts with the same text and goes on past it sorts before "{breakdown}|", as every plain character and the
    /// escape character sort before or after the separator's successor, never between it and the separator.
    /// </summary>
    public static string AfterBreakdown(string escapedBreakdown) => TableKeys.After(escapedBreakdown + TableKeys.Separator);

    /// <summary>Revisions of one breakdown for periods ending from query.From to query.To, of query.Indicators when set.
    /// With indicators named, the service still reads the window's revisions but sends back only theirs.</summary>
    public static string WindowFilter(ObservationQuery query) =>
        $"PartitionKey ge {TableKeys.Quote(Partition(query.Breakdown, query.From.Year))} and PartitionKey le {TableKeys.Quote(Partition(query.Breakdown, query.To.Year))}" +
        $" and RowKey ge {TableKeys.Quote(Date(query.From))} and RowKey lt {TableKeys.Quote(TableKeys.After(Date(query.To) + TableKeys.Separator))}" +
        (query.Indicators is { Count: > 0 } ids ? $" and ({string.Join(" or ", ids.Distinct(StringComparer.Ordinal).Select(id => $"Indicator eq {TableKeys.Quote(id)}"))})" : string.Empty);

    /// <summary>Every revision of one figure.</summary>
    public static string HistoryFilter(string indicatorId, ReportingPeriod period, string breakdown) =>
        $"PartitionKey eq {TableKeys.Quote(Partition(breakdown, period.End.Year))} and {TableKeys.StartsWith("RowKey", Figure(indicatorId, period))}";

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
