using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Statistics.Spc;

/// <summary>Monthly figures from April 2022 on, one a month, null where a month has none.</summary>
internal static class SpcSeries
{
    public static readonly ReportingPeriod First = ReportingPeriod.Month(2022, 4);

    public static List<(ReportingPeriod Period, decimal? Value)> From(params decimal?[] values) =>
        [.. values.Select((value, i) => (First.Plus(i), value))];

    public static IEnumerable<ReportingPeriod> Months(int from, int to) => Enumerable.Range(from, to - from + 1).Select(First.Plus);
}
