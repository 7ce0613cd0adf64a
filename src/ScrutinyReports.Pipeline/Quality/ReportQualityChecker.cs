using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Quality;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Quality;

/// <summary>
/// The data-quality checks a report runs over the figures it shows: revisions of those figures (with the uploads on
/// each side), month-on-month jumps beyond the usual, and indicators whose data stopped arriving. Warnings never block
/// a report; they are listed in its data-quality section.
/// </summary>
public sealed class ReportQualityChecker(IScrutinyStore store)
{
    /// <param name="shownPeriods">
    /// For each indicator id (any case), the periods whose figures the report shows (see
    /// <see cref="Domain.Comparisons.IndicatorAnalysis.ShownPeriods"/>), so that a correction to last month's figure
    /// after last month's report is listed in this one. Null, or an indicator left out, checks the current period only.
    /// </param>
    public async Task<DataQualityFindings> CheckAsync(IndicatorCatalogue catalogue, ReportingPeriod month, IReadOnlyList<Observation> figures,
        Domain.Comparators.ComparatorSet? comparators = null, IReadOnlyDictionary<string, IReadOnlyList<ReportingPeriod>>? shownPeriods = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(figures);
        var warnings = new List<DataQualityWarning>();
        var revisions = new List<Revision>();
        var revisionFinder = new RevisionFinder(store);
        var byIndicator = figures.Where(f => f.Breakdown.Length == 0).ToLookup(f => f.IndicatorId, StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in catalogue.Indicators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var period = ReportingPeriod.LatestEndedBy(month, indicator.Frequency);
            var series = byIndicator[indicator.Id].Where(f => f.Period <= period).OrderBy(f => f.Period).ToList();
            if (StoppedArrivingCheck.Check(indicator, month, series.LastOrDefault(f => f.HasValue)?.Period) is { } stopped)
            {
                warnings.Add(stopped);
            }

            if (series.Count > 0 && series[^1].Period == period && JumpCheck.Check(indicator, series.Where(f => f.HasValue).ToList()) is { } jump)
            {
                warnings.Add(jump);
            }

            var checkedPeriods = shownPeriods is not null && shownPeriods.TryGetValue(indicator.Id, out var shown) ? shown : [period];
            var found = await revisionFinder.FindAsync(indicator.Id, checkedPeriods, Observation.WholeAuthority, cancellationToken);
            foreach (var shownPeriod in checkedPeriods)
            {
                foreach (var revision in found.GetValueOrDefault(shownPeriod, []))
                {
                    revisions.Add(revision);
                    warnings.Add(RevisionCheck.Warning(indicator, revision));
                }
            }
        }

        warnings.AddRange(RateChecks(catalogue, month, byIndicator, comparators ?? Domain.Comparators.ComparatorSet.Empty));
        return new DataQualityFindings(warnings, revisions);
    }

    // A rate per 10,000 must agree with its count over the council's 0-17 population (the ONS mid-year estimate).
    private static IEnumerable<DataQualityWarning> RateChecks(IndicatorCatalogue catalogue, ReportingPeriod month, ILookup<string, Observation> byIndicator, Domain.Comparators.ComparatorSet comparators)
    {
        foreach (var (rateId, countId) in Catalogue.DerivedIndicators.Pairs)
        {
            if (!catalogue.TryGet(rateId, out var rate) || !catalogue.TryGet(countId, out var count) || rate.Frequency != count.Frequency)
            {
                continue;
            }

            var period = ReportingPeriod.LatestEndedBy(month, rate.Frequency);
            var rateFigure = byIndicator[rate.Id].FirstOrDefault(f => f.Period == period);
            var countFigure = byIndicator[count.Id].FirstOrDefault(f => f.Period == period);
            if (rateFigure is not null && countFigure is not null && comparators.PopulationFor(period) is { } population &&
                RateConsistencyCheck.Check(rate, rateFigure, countFigure, population) is { } warning)
            {
                yield return warning;
            }
        }
    }
}
