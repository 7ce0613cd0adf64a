using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>
/// What happened to one upload. <see cref="AlreadyStored"/> means the same content was accepted before and
/// nothing changed. <see cref="PerIndicator"/> counts the figures accepted for each indicator.
/// </summary>
public sealed record IngestOutcome(
    UploadRecord Upload,
    CommitResult? Commit,
    IReadOnlyDictionary<string, long> PerIndicator,
    string ArchivePath,
    string ReceiptPath)
{
    public bool Accepted => Upload.Outcome == UploadOutcome.Accepted;

    public bool AlreadyStored => Commit?.AlreadyStored ?? false;

    public IReadOnlyList<string> Errors => Upload.Errors;

    /// <summary>Every error the file had; <see cref="Errors"/> lists the first 200 and counts the rest.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Data-quality warnings about the accepted figures: they do not block the upload.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
