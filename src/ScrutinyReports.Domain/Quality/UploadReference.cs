namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// The upload a version of a figure came in: its ledger id, the file's name, who sent it (null when the host did not
/// know) and when it was received. Enough to answer "who uploaded each and when" for a revision.
/// </summary>
public sealed record UploadReference
{
    public UploadReference(string uploadId, string fileName, string? uploader, DateTimeOffset receivedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        UploadId = uploadId;
        FileName = fileName;
        Uploader = string.IsNullOrWhiteSpace(uploader) ? null : uploader;
        ReceivedAt = receivedAt;
    }

    public string UploadId { get; }

    public string FileName { get; }

    public string? Uploader { get; }

    public DateTimeOffset ReceivedAt { get; }
}
