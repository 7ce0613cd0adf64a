using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>
/// A receipt too large to travel inline in its notification (see <see cref="Notification"/>'s size contract) is kept
/// in the archive, one file per arrival (<c>receipts/DIGEST/ARRIVAL.json</c>, ARRIVAL the instant it was received, as
/// in the notification's id), and the notification's payload names it: <c>{"receiptPath":"receipts/..."}</c>.
/// The file is written once and never removed: the same content arriving again is another arrival with a file of its
/// own, and a notification delivered twice reads the same file twice. (<c>DIGEST.receipt.json</c> beside the
/// upload is the latest arrival's receipt, rewritten each time, so it cannot serve a notification still queued.)
/// </summary>
public static class ReceiptReference
{
    public const string PathProperty = "receiptPath";
    private const string Folder = "receipts/";

    /// <summary>The receipt beside the archived upload (<c>DIGEST.receipt.json</c>), of the content's latest arrival.</summary>
    public static string BesideUpload(string uploadId) => UploadRecord.DigestOf(uploadId) + ".receipt.json";

    /// <summary>Keeps the receipt for this arrival and returns the payload that names it.</summary>
    public static async Task<string> StoreAsync(IFileStore files, string digest, string arrival, MemoryStream receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(receipt);
        var path = $"{Folder}{digest}/{arrival}.json";
        using var content = new MemoryStream(receipt.ToArray(), writable: false);
        // A retry of this very arrival finds its file already there: the same receipt, so leaving it is right.
        await files.WriteAsync(Containers.Archive, path, content, overwrite: false, cancellationToken);
        return JsonSerializer.Serialize(new Dictionary<string, string> { [PathProperty] = path });
    }

    /// <summary>The archive path a payload names, or null when the payload is the receipt itself.</summary>
    /// <exception cref="FormatException">The payload names something that is not a kept receipt.</exception>
    public static string? PathIn(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty(PathProperty, out var value))
        {
            return null;
        }

        var path = value.GetString();
        if (path is null || !path.StartsWith(Folder, StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            throw new FormatException($"\"{PathProperty}\" does not name a kept receipt");
        }

        return path;
    }
}
