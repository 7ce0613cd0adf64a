using ScrutinyReports.Pipeline.Ingest;

namespace ScrutinyReports.Pipeline.Hosting;

public enum UploadDropStatus
{
    /// <summary>New figures were stored.</summary>
    Accepted,

    /// <summary>The same content was accepted before (a duplicate delivery or a second drop); nothing changed.</summary>
    Unchanged,

    /// <summary>The file had errors, or could not be read at all; it is archived with a rejected receipt and nothing was stored.</summary>
    Rejected,

    /// <summary>No file was at the path: a duplicate delivery that another attempt already finished.</summary>
    Gone,

    /// <summary>Not an upload (a hidden file, or the lock file Excel keeps beside an open workbook); left where it is.</summary>
    Skipped,

    /// <summary>Something unexpected went wrong (storage unreachable); the file stays in uploads to be tried again.</summary>
    Failed,
}

/// <summary>
/// What became of one file dropped in the uploads container. <see cref="Removed"/> is true once the file has left
/// uploads; it stays false when the file was replaced by new content while it was being read, so that the new
/// content gets its own turn. <see cref="Error"/> says why a <see cref="UploadDropStatus.Failed"/> file failed.
/// </summary>
public sealed record UploadDrop(string Path, UploadDropStatus Status, IngestOutcome? Outcome = null, bool Removed = false, string? Error = null);
