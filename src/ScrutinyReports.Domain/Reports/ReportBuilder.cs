using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Reports;

/// <summary>Builds a report from the catalogue and the current whole-authority figures. Pure: the caller supplies the time.</summary>
public static class ReportBuilder
{
    /// <summary>How far back a report needs figures: the history of an annual indicator, plus its year-earlier comparison.</summary>
    public static DateOnly EarliestNeeded(ReportingPeriod reportMonth) =>
        ReportingPeriod.LatestEndedBy(reportMonth, Frequency.Annual).Plus(-IndicatorAnalyser.HistoryLength).Start;

    public static ScrutinyReport Build(Panel panel, ReportingPeriod reportMonth, IndicatorCatalogue catalogue, IEnumerable<Observation> observations, DateTimeOffset generatedAt,
        ComparatorSet? comparators = null, BenchmarkOptions? options = null, DisclosureOptions? disclosure = null,
        BreakdownDimensions? dimensions = null, ChildPopulation? population = null)
    {
        comparators ??= ComparatorSet.Empty;
        options ??= BenchmarkOptions.Default;
        disclosure ??= DisclosureOptions.Default;
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(observations);
        var wholeAuthority = observations.Where(observation => observation.Breakdown.Length == 0);
        // A public report never carries a figure from which a small number of children could be recovered.
        var safe = panel.Audience == Audience.Public ? DisclosureControl.Apply(wholeAuthority, catalogue, disclosure) : wholeAuthority;
        var byIndicator = safe
            .GroupBy(observation => observation.IndicatorId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => (IReadOnlyDictionary<ReportingPeriod, Observation>)group.ToDictionary(o => o.Period), StringComparer.OrdinalIgnoreCase);
        var empty = new Dictionary<ReportingPeriod, Observation>();
        var wanted = (panel.Breakdowns ?? [])
            .GroupBy(b => b.Indicator, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(b => b.Dimensions).Distinct(StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);
        var parts = observations.Where(o => wanted.Count > 0 && o.Breakdown.Length > 0 && wanted.ContainsKey(o.IndicatorId))
            .ToLookup(o => o.IndicatorId, StringComparer.OrdinalIgnoreCase);

        var entries = catalogue.Indicators
            .Select(indicator => IndicatorAnalyser.Analyse(indicator, reportMonth, byIndicator.GetValueOrDefault(indicator.Id, empty)))
            .Select(analysis =>
            {
                var benchmark = Benchmarker.For(analysis, comparators, options);
                var spc = SpcAnalyser.Analyse(analysis.Indicator, analysis.Period, byIndicator.GetValueOrDefault(analysis.Indicator.Id, empty));
                return new IndicatorEntry(analysis, NarrativeWriter.Describe(analysis, spc))
                {
                    Benchmark = benchmark,
                    Spc = spc,
                    Comparison = ComparisonWriter.Describe(analysis, benchmark, options, spc),
                    Breakdowns = wanted.TryGetValue(analysis.Indicator.Id, out var byDimension)
                        ? byDimension.Select(dimension => BreakdownSectionBuilder.Build(analysis, dimension, parts[analysis.Indicator.Id],
                            dimensions ?? BreakdownDimensions.BuiltIn, panel.Audience, disclosure, population)).ToList()
                        : [],
                };
            })
            .ToList();
        var fingerprint = InputFingerprint.Of(panel, reportMonth, catalogue, entries, comparators.Borrowed is { } borrowed ? $"{comparators.SnModel}|borrowed from {borrowed.LocalAuthority}" : comparators.SnModel);
        return new ScrutinyReport(panel, reportMonth, generatedAt, fingerprint, entries) { Comparators = comparators };
    }
}
