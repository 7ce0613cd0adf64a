using System.Net;
using System.Text.RegularExpressions;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Portal;

/// <summary>Reading a written portal back: its pages' text and the files their links point to.</summary>
internal static partial class PortalPages
{
    public static async Task<string> ReadAsync(IScrutinyStore store, string container, string path)
    {
        await using var file = await store.Files.OpenReadAsync(container, path) ?? throw new FileNotFoundException($"{container}/{path} was not written");
        using var reader = new StreamReader(file);
        return await reader.ReadToEndAsync();
    }

    /// <summary>Every link's target as a path in the container, resolved against the page's own path as a browser would.</summary>
    public static IReadOnlyList<string> LinkedPaths(string pagePath, string html)
    {
        var page = new Uri(new Uri("https://portal.example/"), pagePath);
        return Href().Matches(html)
            .Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))
            .Where(href => !href.StartsWith('#'))
            .Select(href => Uri.UnescapeDataString(new Uri(page, href).AbsolutePath.TrimStart('/')))
            .ToList();
    }

    /// <summary>The visible and hidden text of the page's links to report files, in page order.</summary>
    public static IReadOnlyList<string> LinkTexts(string html) =>
        Link().Matches(html).Select(match => WebUtility.HtmlDecode(Tags().Replace(match.Groups[1].Value, ""))).ToList();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<a href=\"[^\"]*/report\\.[a-z]+\">(.*?)</a>")]
    private static partial Regex Link();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
