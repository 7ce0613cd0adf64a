using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Storage.Local;

/// <summary>How a period is stored: its frequency, a sortable key (year * 16 + month or quarter) and its end as yyyymmdd.</summary>
internal static class PeriodColumns
{
    public static int Key(ReportingPeriod period) => (period.Year * 16) + period.Index;

    public static int End(ReportingPeriod period) => DateNumber(period.End);

    public static int DateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public static ReportingPeriod Read(int frequency, int key) => (Frequency)frequency switch
    {
        Frequency.Monthly => ReportingPeriod.Month(key / 16, key % 16),
        Frequency.Quarterly => ReportingPeriod.Quarter(key / 16, key % 16),
        _ => ReportingPeriod.FinancialYear(key / 16),
    };
}
