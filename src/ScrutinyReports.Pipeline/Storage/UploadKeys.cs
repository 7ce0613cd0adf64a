using System.Globalization;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// An upload's 64-bit key: the first 16 hex digits of its SHA-256 content hash, as a signed integer. Stores keep it on
/// every figure instead of the 71-character id, and break ties in upload order with it, so every adapter must derive
/// it the same way. Two different files sharing a key is a 1 in 2^64 chance, and a store's unique constraint refuses
/// it rather than mix them up.
/// </summary>
public static class UploadKeys
{
    public static long Of(string uploadId)
    {
        var digest = uploadId.StartsWith("sha256:", StringComparison.Ordinal) ? uploadId.AsSpan(7) : uploadId.AsSpan();
        return digest.Length >= 16 && ulong.TryParse(digest[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var prefix)
            ? unchecked((long)prefix)
            : StableHash(uploadId);
    }

    // Ids that are not content hashes (tests, hand-made records) still get a stable key.
    private static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
