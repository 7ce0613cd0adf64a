using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Finishes what an ingest stopped after its commit (a crash, a host recycled mid-call) left undone. The retry
/// that follows finds the upload already accepted and the ingestor returns at once, so without this the receipt,
/// and the built-in catalogue the figures were checked against, would never be written.
/// </summary>
internal static class IngestCompletion
{
    public static async Task EnsureAsync(IScrutinyStore store, IngestOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.AlreadyStored)
        {
            return;
        }

        // An accepted upload with an empty catalogue on record can only have been checked against the built-in one.
        await CatalogueSource.KeepAsync(store, await CatalogueSource.GetAsync(store, cancellationToken), cancellationToken);
        await using (var receipt = await store.Files.OpenReadAsync(Containers.Archive, outcome.ReceiptPath, cancellationToken))
        {
            if (receipt is not null)
            {
                return;
            }
        }

        // The ledger entry is all that is left to say what arrived; the per-indicator counts died with the first attempt.
        using var written = UploadReceiptWriter.Write(outcome.Upload, commit: null, new Dictionary<string, long>());
        await store.Files.WriteAsync(Containers.Archive, outcome.ReceiptPath, written, overwrite: false, cancellationToken);
    }
}
