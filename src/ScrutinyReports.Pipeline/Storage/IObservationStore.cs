using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Observations with their full revision history. Each stored figure belongs to the upload that brought it;
/// for one indicator, period and breakdown the current figure is the one from the latest upload in upload order
/// (<see cref="UploadRecord.OrderKey"/>), and every other is kept as a revision.
/// </summary>
public interface IObservationStore
{
    /// <summary>
    /// Stores an accepted upload and its observations all or nothing: if enumerating the observations throws, or
    /// anything fails, nothing of the upload is stored. An upload whose id is already stored changes nothing.
    /// </summary>
    Task<CommitResult> CommitAsync(UploadRecord upload, IEnumerable<Observation> observations, CancellationToken cancellationToken = default);

    /// <summary>Current figures for a breakdown, for periods that end within the window.</summary>
    Task<IReadOnlyList<Observation>> ReadCurrentAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every breakdown key (<see cref="Domain.Breakdowns.Breakdown.StoredText"/>) a figure has been stored under, the
    /// whole authority left out, in ordinal order: what a report reads to find the categories of a dimension nobody
    /// declared. One look-up per key, however many figures each holds. A key whose only figures belong to an upload that
    /// failed part-way through its commit may be listed; reading it finds no figures.
    /// </summary>
    Task<IReadOnlyList<string>> ListBreakdownsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every version ever stored for one figure, oldest upload first, the current one last.</summary>
    Task<IReadOnlyList<ObservationRevision>> ReadHistoryAsync(string indicatorId, ReportingPeriod period, string breakdown, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="ReadHistoryAsync"/> for several periods of one indicator, by period; a period with nothing stored maps to
    /// an empty list. A report reads about fifteen periods for each indicator, so a store that can should read them at once.
    /// </summary>
    async Task<IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>> ReadHistoriesAsync(string indicatorId,
        IReadOnlyCollection<ReportingPeriod> periods, string breakdown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var histories = new Dictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>();
        foreach (var period in periods.Distinct())
        {
            histories[period] = await ReadHistoryAsync(indicatorId, period, breakdown, cancellationToken);
        }

        return histories;
    }
}
