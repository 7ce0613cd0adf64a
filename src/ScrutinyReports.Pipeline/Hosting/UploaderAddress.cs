namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Who dropped a file, read from the first folder of its path in the uploads container: officers (or the share
/// they use) put files under their e-mail address, as in <c>uploads/performance@council.example/september.xlsx</c>.
/// </summary>
public static class UploaderAddress
{
    /// <summary>The first folder of <paramref name="path"/> when it looks like an e-mail address; null otherwise (a file at the top, or an ordinary folder).</summary>
    public static string? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && LooksLikeEmail(path[..slash]) ? path[..slash] : null;
    }

    // Deliberately loose: one "@", something either side, a dot inside the domain, no spaces. It names a person on
    // a receipt; it is never sent mail, so it needs to be recognisable rather than deliverable.
    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < domain.Length - 1 && !domain.EndsWith('.');
    }
}
