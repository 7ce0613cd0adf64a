using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// Picks the figures a council's performance framework shows for the last three completed financial years before an
/// indicator's latest period: each year's year-end figure (March for a monthly measure, Q4 for a quarterly one, the
/// year itself for an annual one), or, where none was received, the same month or quarter as the latest period in
/// that year. A year with neither is missing; nothing is estimated. Years that ended before the series' first figure
/// are left out, as charts start at the first figure: a measure first collected in 2017 lists no 2016/17 gap.
/// Pure and thread-safe.
/// </summary>
public static class OutturnSelector
{
    public const int Years = 3;

    /// <summary>
    /// The outturns, oldest year first. A September 2019 figure gets 2016/17, 2017/18 and 2018/19; a 2018/19 annual
    /// figure gets 2015/16 to 2017/18; fewer when the series starts within those years.
    /// </summary>
    public static IReadOnlyList<Outturn> Select(ReportingPeriod latest, IReadOnlyDictionary<ReportingPeriod, Observation> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            return [];
        }

        var firstFigure = series.Keys.Min(period => period.Start);
        var latestYear = ReportingPeriod.Containing(latest.Start, Frequency.Annual);
        return [.. Enumerable.Range(1, Years).Reverse()
            .Select(back => (Year: latestYear.Plus(-back), SameMonth: latest.Plus(-back * latest.PerYear)))
            .Where(pair => pair.Year.End >= firstFigure)
            .Select(pair => Of(pair.Year, pair.SameMonth, series))];
    }

    private static Outturn Of(ReportingPeriod year, ReportingPeriod sameMonth, IReadOnlyDictionary<ReportingPeriod, Observation> series)
    {
        var yearEnd = ReportingPeriod.Containing(year.End, sameMonth.Frequency);
        if (series.GetValueOrDefault(yearEnd) is { } figure)
        {
            return new Outturn(year, yearEnd, figure, OutturnKind.YearEnd);
        }

        return series.GetValueOrDefault(sameMonth) is { } standIn
            ? new Outturn(year, sameMonth, standIn, OutturnKind.SameMonth)
            : new Outturn(year, yearEnd, null, OutturnKind.Missing);
    }
}
