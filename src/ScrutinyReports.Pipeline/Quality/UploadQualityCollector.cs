using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Quality;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Quality;

/// <summary>
/// Gathers, while an upload streams into the store, what the upload's own data-quality checks need: count figures
/// that come with breakdowns, to check that each dimension's parts add up to the whole-authority total. To keep a million-row
/// backfill within its memory budget it holds at most <see cref="Limit"/> figures; past that the check is skipped and
/// the receipt says so. Not thread-safe: one per upload.
/// </summary>
internal sealed class UploadQualityCollector(IndicatorCatalogue catalogue, Domain.Breakdowns.BreakdownDimensions dimensions)
{
    public const int Limit = 100_000;

    private readonly List<Observation> counts = [];
    private readonly HashSet<(string IndicatorId, Domain.Periods.ReportingPeriod Period)> wholeAuthority = [];
    private bool tooManyForRevisions;

    public bool Skipped { get; private set; }

    public void Add(Observation figure)
    {
        if (figure.Breakdown.Length == 0 && !tooManyForRevisions)
        {
            wholeAuthority.Add((figure.IndicatorId, figure.Period));
            if (wholeAuthority.Count > Limit)
            {
                tooManyForRevisions = true;
                wholeAuthority.Clear();
            }
        }

        if (Skipped || !catalogue.TryGet(figure.IndicatorId, out var indicator) || indicator.Unit != Unit.Count)
        {
            return;
        }

        if (counts.Count == Limit)
        {
            Skipped = true;
            counts.Clear();
            return;
        }

        counts.Add(figure);
    }

    /// <summary>
    /// Revisions this upload made to whole-authority figures, as warnings naming old and new values and uploads. Only
    /// looked up when the store says the upload replaced something.
    /// </summary>
    public async Task<IReadOnlyList<string>> RevisionWarningsAsync(IScrutinyStore store, string uploadId, long superseded, CancellationToken cancellationToken)
    {
        if (superseded == 0)
        {
            return [];
        }

        if (tooManyForRevisions)
        {
            return [$"{superseded:N0} figures replaced earlier uploads' figures; the file is too large to list them here: see the next report"];
        }

        var finder = new RevisionFinder(store);
        var warnings = new List<string>();
        foreach (var (indicatorId, period) in wholeAuthority.OrderBy(k => k.IndicatorId, StringComparer.Ordinal).ThenBy(k => k.Period))
        {
            if (!catalogue.TryGet(indicatorId, out var indicator))
            {
                continue;
            }

            foreach (var revision in await finder.FindAsync(indicatorId, period, Observation.WholeAuthority, cancellationToken))
            {
                if (revision.NewUpload.UploadId == uploadId)
                {
                    warnings.Add(RevisionCheck.Warning(indicator, revision).Message);
                }
            }
        }

        return warnings;
    }

    /// <summary>
    /// The report checks for the month of the upload's newest figures (an unusual jump, a rate that disagrees with its
    /// count over the population), kept to the figures this upload brought. Earlier months of a backfill are checked
    /// when their reports are made.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReportCheckWarningsAsync(IScrutinyStore store, CancellationToken cancellationToken)
    {
        if (tooManyForRevisions || wholeAuthority.Count == 0)
        {
            return [];
        }

        var newest = wholeAuthority.Select(k => k.Period.End).Max();
        var month = Domain.Periods.ReportingPeriod.Containing(newest, Domain.Periods.Frequency.Monthly);
        var figures = await store.Observations.ReadCurrentAsync(new ObservationQuery(Domain.Reports.ReportBuilder.EarliestNeeded(month), month.End), cancellationToken);
        var comparators = await Comparators.ComparatorDocument.LoadAsync(store.Files, cancellationToken);
        var findings = await new ReportQualityChecker(store).CheckAsync(catalogue, month, figures, comparators, cancellationToken: cancellationToken);
        return findings.Warnings
            .Where(w => w.Kind is DataQualityWarningKind.UnusualJump or DataQualityWarningKind.RateDisagreesWithCount && wholeAuthority.Contains((w.IndicatorId, w.Period)))
            .Select(w => w.Message)
            .ToList();
    }

    public IReadOnlyList<string> Warnings()
    {
        if (Skipped)
        {
            return [$"the parts-against-total check was not run: the file has more than {Limit:N0} count figures"];
        }

        var warnings = new List<string>();
        foreach (var group in counts.GroupBy(f => (f.IndicatorId, f.Period)))
        {
            var total = group.FirstOrDefault(f => f.Breakdown.Length == 0);
            var parts = group.Where(f => f.Breakdown.Length > 0).ToList();
            if (total is not null && parts.Count > 0 && catalogue.TryGet(group.Key.IndicatorId, out var indicator))
            {
                warnings.AddRange(PartsCheck.CheckEachDimension(indicator, total, parts, dimensions).Select(warning => warning.Message));
            }
        }

        return warnings;
    }
}
