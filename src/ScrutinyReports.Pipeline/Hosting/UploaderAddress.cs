namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Who dropped a file, read from the first folder of its path in the uploads container: officers (or the share
/// they use) put files under their e-mail address, as in <c>uploads/performance@council.example/september.xlsx</c>.
/// </summary>
public static class UploaderAddress
{
    /// <summary>The blob metadata an upload tool may set to name the uploader, as in <c>az storage blob upload --metadata uploader=...</c>.</summary>
    public const string MetadataKey = "uploader";

    /// <summary>The first folder of <paramref name="path"/> when it looks like an e-mail address; null otherwise (a file at the top, or an ordinary folder).</summary>
    public static string? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Ingestion.Subscribers.EmailAddress.LooksValid(path[..slash]) ? path[..slash] : null;
    }
}
