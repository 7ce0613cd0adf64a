using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Hosting;

/// <summary>
/// A real store with hooks: storage that fails on commit, a file replaced while it is being read, or a look at each
/// file written (before and after it is stored).
/// </summary>
internal sealed class StoreWithFaults(IScrutinyStore inner) : IScrutinyStore
{
    private readonly FilesWithHooks files = new(inner.Files);
    private readonly ObservationsWithFaults observations = new(inner.Observations);

    /// <summary>When set, every commit throws this, as a storage outage would.</summary>
    public Exception? CommitFailure { get => observations.Failure; set => observations.Failure = value; }

    /// <summary>Runs once, just after the first time a file is opened for reading from uploads.</summary>
    public Func<string, Task>? AfterUploadOpened { get => files.AfterUploadOpened; set => files.AfterUploadOpened = value; }

    /// <summary>Runs before each file is written, with its container and path; the write waits for it.</summary>
    public Func<string, string, Task>? BeforeWrite { get => files.BeforeWrite; set => files.BeforeWrite = value; }

    /// <summary>Runs after each file is written, with its container and path.</summary>
    public Action<string, string>? AfterWrite { get => files.AfterWrite; set => files.AfterWrite = value; }

    public string Description => inner.Description;

    public ICatalogueStore Catalogue => inner.Catalogue;

    public IObservationStore Observations => observations;

    public IUploadLedger Uploads => inner.Uploads;

    public IReportLedger Reports => inner.Reports;

    public IPanelStore Panels => inner.Panels;

    public IFollowUpStore FollowUps => inner.FollowUps;

    public IFileStore Files => files;

    public INotificationQueue Notifications => inner.Notifications;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class ObservationsWithFaults(IObservationStore inner) : IObservationStore
    {
        public Exception? Failure { get; set; }

        public Task<CommitResult> CommitAsync(UploadRecord upload, IEnumerable<Observation> observations, CancellationToken cancellationToken = default) =>
            Failure is null ? inner.CommitAsync(upload, observations, cancellationToken) : throw Failure;

        public Task<IReadOnlyList<Observation>> ReadCurrentAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
            inner.ReadCurrentAsync(query, cancellationToken);

        public Task<IReadOnlyList<string>> ListBreakdownsAsync(CancellationToken cancellationToken = default) =>
            inner.ListBreakdownsAsync(cancellationToken);

        public Task<IReadOnlyList<ObservationRevision>> ReadHistoryAsync(string indicatorId, Domain.Periods.ReportingPeriod period, string breakdown, CancellationToken cancellationToken = default) =>
            inner.ReadHistoryAsync(indicatorId, period, breakdown, cancellationToken);
    }

    private sealed class FilesWithHooks(IFileStore inner) : IFileStore
    {
        public Func<string, Task>? AfterUploadOpened { get; set; }

        public Func<string, string, Task>? BeforeWrite { get; set; }

        public Action<string, string>? AfterWrite { get; set; }

        public async Task<bool> WriteAsync(string container, string path, Stream content, bool overwrite, CancellationToken cancellationToken = default)
        {
            if (BeforeWrite is { } before)
            {
                await before(container, path);
            }

            var written = await inner.WriteAsync(container, path, content, overwrite, cancellationToken);
            AfterWrite?.Invoke(container, path);
            return written;
        }

        public async Task<Stream?> OpenReadAsync(string container, string path, CancellationToken cancellationToken = default)
        {
            if (container != Containers.Uploads || AfterUploadOpened is not { } hook)
            {
                return await inner.OpenReadAsync(container, path, cancellationToken);
            }

            // Read the original whole before the hook replaces the file, as a blob read would see one version.
            AfterUploadOpened = null;
            await using var original = await inner.OpenReadAsync(container, path, cancellationToken);
            if (original is null)
            {
                return null;
            }

            var copy = new MemoryStream();
            await original.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            await hook(path);
            return copy;
        }

        public Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default) =>
            inner.ListAsync(container, prefix, cancellationToken);

        public Task DeleteAsync(string container, string path, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(container, path, cancellationToken);

        public string Locate(string container, string path) => inner.Locate(container, path);
    }
}
