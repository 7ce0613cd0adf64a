using System.Security.Cryptography;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>Names content by its SHA-256, so the same bytes always get the same upload id whatever the file is called.</summary>
public static class ContentDigest
{
    public static async Task<string> OfAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        var hash = await SHA256.HashDataAsync(content, cancellationToken);
        content.Position = start;
        return "sha256:" + Convert.ToHexStringLower(hash);
    }
}
