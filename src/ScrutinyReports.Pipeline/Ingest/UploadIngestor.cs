using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>
/// Takes in one uploaded file. The raw bytes are archived first, under their content hash, so nothing received
/// is ever lost. The figures are then read in one streaming pass straight into the store's all-or-nothing
/// commit; the first error abandons the commit, and a second pass collects every error for the receipt.
/// Content already accepted changes nothing. A receipt is written beside the archived file.
/// </summary>
public sealed class UploadIngestor(IScrutinyStore store, TimeProvider clock)
{
    /// <param name="content">A seekable stream of the file; the caller keeps it.</param>
    public async Task<IngestOutcome> IngestAsync(Stream content, string fileName, string? uploader = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var uploadId = await ContentDigest.OfAsync(content, cancellationToken);
        var name = Path.GetFileName(fileName);
        var received = new UploadRecord(uploadId, name, clock.GetUtcNow(), uploader, UploadOutcome.Accepted, 0, []);
        var archivePath = received.Digest + Path.GetExtension(name).ToLowerInvariant();
        var receiptPath = ReceiptReference.BesideUpload(uploadId);

        var earlier = await store.Uploads.FindAsync(uploadId, cancellationToken);
        if (earlier is { Outcome: UploadOutcome.Accepted })
        {
            // A repeat delivery completes what a crash may have left undone: the upload's manual comparators.
            await Comparators.ManualComparators.SaveAsync(store.Files, earlier, ComparatorRowsOf(new UploadReader(await CatalogueSource.GetAsync(store, cancellationToken), await CatalogueSource.GetDimensionsAsync(store, cancellationToken)), content, name, cancellationToken), overwrite: false, cancellationToken);
            // Whoever sent it again still hears that it arrived, and that nothing changed.
            using var again = UploadReceiptWriter.Write(received with { Outcome = UploadOutcome.Accepted, ObservationCount = earlier.ObservationCount }, null,
                new Dictionary<string, long>(), alreadyReceivedAt: earlier.ReceivedAt);
            await EnqueueReceiptAsync(received, again, cancellationToken);
            return new IngestOutcome(earlier, CommitResult.Duplicate, new Dictionary<string, long>(), archivePath, receiptPath);
        }

        await store.Files.WriteAsync(Containers.Archive, archivePath, content, overwrite: false, cancellationToken);
        content.Position = 0;

        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var dimensions = await CatalogueSource.GetDimensionsAsync(store, cancellationToken);
        var reader = new UploadReader(catalogue, dimensions);
        var diagnostics = new UploadDiagnostics();
        var perIndicator = new Dictionary<string, long>(StringComparer.Ordinal);
        var quality = new Quality.UploadQualityCollector(catalogue, dimensions);
        var comparatorRows = new List<Observation>();
        CommitResult? commit = null;
        try
        {
            commit = await store.Observations.CommitAsync(received, ReadAhead.Of(Guard(reader.Read(content, name, diagnostics, cancellationToken), diagnostics, perIndicator, quality, comparatorRows)), cancellationToken);
        }
        catch (UploadRejectedException)
        {
        }

        UploadRecord outcome;
        IReadOnlyList<string> warnings = [];
        var errorCount = 0;
        if (commit is null)
        {
            content.Position = 0;
            (var errors, errorCount) = ValidateAll(reader, content, name, cancellationToken);
            outcome = received with { Outcome = UploadOutcome.Rejected, Errors = errors };
            perIndicator.Clear();
            await store.Uploads.RecordRejectedAsync(outcome, cancellationToken);
        }
        else
        {
            await CatalogueSource.KeepAsync(store, catalogue, cancellationToken);
            await Comparators.ManualComparators.SaveAsync(store.Files, received, comparatorRows, overwrite: false, cancellationToken);
            warnings = commit.AlreadyStored ? [] :
                [.. quality.Warnings(), .. await quality.RevisionWarningsAsync(store, uploadId, commit.Superseded, cancellationToken),
                 .. await quality.ReportCheckWarningsAsync(store, cancellationToken)];
            outcome = commit.AlreadyStored
                ? await store.Uploads.FindAsync(uploadId, cancellationToken) ?? received
                : received with { ObservationCount = commit.Total };
        }

        using var receipt = UploadReceiptWriter.Write(outcome, commit, perIndicator, warnings, errorCount: errorCount);
        await store.Files.WriteAsync(Containers.Archive, receiptPath, receipt, overwrite: true, cancellationToken);
        if (commit?.AlreadyStored != true)
        {
            await EnqueueReceiptAsync(received, receipt, cancellationToken);
        }
        return new IngestOutcome(outcome, commit, perIndicator, archivePath, receiptPath) { Warnings = warnings, ErrorCount = errorCount };
    }

    // The receipt tells the uploader what happened. Its id names this arrival of the content, so a redelivered event is
    // recognisable while the same file sent again later gets a receipt of its own. A receipt too large for the queue
    // (thousands of warnings, hundreds of errors) goes by reference: see ReceiptReference.
    private async Task EnqueueReceiptAsync(UploadRecord received, MemoryStream receipt, CancellationToken cancellationToken)
    {
        var arrival = received.ReceivedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var text = System.Text.Encoding.UTF8.GetString(receipt.ToArray());
        var payload = Notification.FitsInline(text) ? text : await ReceiptReference.StoreAsync(store.Files, received.Digest, arrival, receipt, cancellationToken);
        await store.Notifications.EnqueueAsync(new Notification($"receipt:{received.Id}:{arrival}", NotificationKinds.UploadReceipt, payload), cancellationToken);
    }

    /// <summary>Reads a file with every check, storing nothing: what <c>scrutiny validate</c> runs.</summary>
    /// <returns>The figures read, the error lines (the first 200 and how many more), and every error's count.</returns>
    /// <param name="dimensions">The declared breakdown dimensions; the DfE characteristics alone when null.</param>
    public static (long Observations, IReadOnlyList<string> Errors, int ErrorCount) Validate(IndicatorCatalogue catalogue, Stream content, string fileName,
        Domain.Breakdowns.BreakdownDimensions? dimensions = null, CancellationToken cancellationToken = default)
    {
        var reader = new UploadReader(catalogue, dimensions);
        var diagnostics = new UploadDiagnostics();
        var count = reader.Read(content, fileName, diagnostics, cancellationToken).LongCount();
        return (diagnostics.HasErrors ? 0 : count, diagnostics.Lines().ToList(), diagnostics.ErrorCount);
    }

    private static List<Observation> ComparatorRowsOf(UploadReader reader, Stream content, string fileName, CancellationToken cancellationToken)
    {
        content.Position = 0;
        var rows = reader.Read(content, fileName, new UploadDiagnostics(), cancellationToken).Where(o => ComparatorRows.IsComparator(o, out _)).ToList();
        content.Position = 0;
        return rows;
    }

    private static (List<string> Lines, int Count) ValidateAll(UploadReader reader, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var diagnostics = new UploadDiagnostics();
        foreach (var unused in reader.Read(content, fileName, diagnostics, cancellationToken))
        {
        }

        return (diagnostics.Lines().ToList(), diagnostics.ErrorCount);
    }

    // Hands rows to the store until the first error, then throws so that the store abandons its commit.
    // Comparator rows (the comparator column) are figures about others: they are set aside, not stored as the council's.
    private static IEnumerable<Observation> Guard(IEnumerable<Observation> observations, UploadDiagnostics diagnostics, Dictionary<string, long> perIndicator,
        Quality.UploadQualityCollector quality, List<Observation> comparatorRows)
    {
        foreach (var observation in observations)
        {
            if (diagnostics.HasErrors)
            {
                throw new UploadRejectedException();
            }

            if (ComparatorRows.IsComparator(observation, out _))
            {
                comparatorRows.Add(observation);
                continue;
            }

            perIndicator[observation.IndicatorId] = perIndicator.GetValueOrDefault(observation.IndicatorId) + 1;
            quality.Add(observation);
            yield return observation;
        }

        if (diagnostics.HasErrors)
        {
            throw new UploadRejectedException();
        }
    }
}
