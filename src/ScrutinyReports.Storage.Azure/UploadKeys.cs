using System.Globalization;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// An upload's 64-bit key: the first 16 hex digits of its SHA-256 content hash, as a signed integer; other ids get
/// a stable FNV-1a hash. The same derivation as the local store's UploadKeys, so that uploads tie-break alike.
/// </summary>
internal static class UploadKeys
{
    public static long Of(string uploadId)
    {
        var digest = uploadId.StartsWith("sha256:", StringComparison.Ordinal) ? uploadId.AsSpan(7) : uploadId.AsSpan();
        return digest.Length >= 16 && ulong.TryParse(digest[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var prefix)
            ? unchecked((long)prefix)
            : StableHash(uploadId);
    }

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
