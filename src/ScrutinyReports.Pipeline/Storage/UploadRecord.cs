namespace ScrutinyReports.Pipeline.Storage;

public enum UploadOutcome
{
    Accepted,
    Rejected,
}

/// <summary>
/// The ledger entry for one file received. <see cref="Id"/> is "sha256:" and the content's hash, so the same
/// content arriving twice (a retry, a second drop) is recognised whatever its name. <see cref="ReceivedAt"/> orders
/// uploads; the id breaks ties.
/// </summary>
public sealed record UploadRecord(
    string Id,
    string FileName,
    DateTimeOffset ReceivedAt,
    string? Uploader,
    UploadOutcome Outcome,
    long ObservationCount,
    IReadOnlyList<string> Errors)
{
    /// <summary>Sorts uploads in the order they were received, stable across stores.</summary>
    public string OrderKey => $"{ReceivedAt.UtcTicks:D19}|{Id}";

    /// <summary>The hex digest without its "sha256:" prefix, used to name archived files.</summary>
    public string Digest => DigestOf(Id);

    /// <summary>An upload id's hex digest without its "sha256:" prefix.</summary>
    public static string DigestOf(string uploadId)
    {
        ArgumentNullException.ThrowIfNull(uploadId);
        return uploadId.StartsWith("sha256:", StringComparison.Ordinal) ? uploadId[7..] : uploadId;
    }
}
