namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// When files arrived in the uploads container, for a store that can tell (the local store's folder can; the port
/// itself has no file times). <see cref="UploadDropScanner"/> takes files oldest first by it, because the order
/// uploads are taken in decides which of two figures for the same month is current. Without it, files are taken in
/// name order.
/// </summary>
public interface IUploadArrivalTimes
{
    /// <summary>When the file at <paramref name="path"/> in uploads arrived (was last written), or null if unknown.</summary>
    Task<DateTimeOffset?> ArrivedAtAsync(string path, CancellationToken cancellationToken = default);
}
