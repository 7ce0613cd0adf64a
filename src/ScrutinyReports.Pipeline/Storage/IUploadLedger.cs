namespace ScrutinyReports.Pipeline.Storage;

/// <summary>Every upload ever received, accepted (recorded by <see cref="IObservationStore.CommitAsync"/>) or rejected.</summary>
public interface IUploadLedger
{
    Task<UploadRecord?> FindAsync(string uploadId, CancellationToken cancellationToken = default);

    /// <summary>Records a rejected upload; recording the same id again changes nothing.</summary>
    Task RecordRejectedAsync(UploadRecord upload, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UploadRecord>> ListAsync(CancellationToken cancellationToken = default);
}
