namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// The storage port: table-like data (catalogue, observations, upload and report ledgers, panels) and files
/// (the upload drop zone, the immutable archive, published reports), and the notifications queue. The embedded local
/// store and the Azure store (blobs, tables, queues) implement it; the pipeline depends on nothing else.
/// </summary>
public interface IScrutinyStore : IAsyncDisposable
{
    /// <summary>Where the store lives, as a person would name it (a folder, an account URL); never a secret.</summary>
    string Description { get; }

    ICatalogueStore Catalogue { get; }

    IObservationStore Observations { get; }

    IUploadLedger Uploads { get; }

    IReportLedger Reports { get; }

    IPanelStore Panels { get; }

    IFollowUpStore FollowUps { get; }

    IFileStore Files { get; }

    INotificationQueue Notifications { get; }
}
