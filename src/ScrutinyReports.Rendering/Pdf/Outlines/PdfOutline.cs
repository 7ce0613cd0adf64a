using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ScrutinyReports.Rendering.Pdf.Outlines;

/// <summary>
/// Adds bookmarks (the document outline) to a PDF as SkiaSharp writes it, which has no outline API: an incremental
/// update appended to the file (PDF 32000-1 §7.5.6) holding the outline items, a new revision of the catalog that
/// points to them and asks viewers to open with the bookmarks shown (/PageMode /UseOutlines), and a cross-reference
/// section and trailer that chain to the original (/Prev). The bytes Skia wrote are left as they were. Each item
/// opens at the explicit destination Skia wrote for its anchor in the catalog's /Dests dictionary. Sections are
/// shown open; entries two levels down (a theme's indicators) are folded under their parent.
/// </summary>
public static partial class PdfOutline
{
    /// <exception cref="InvalidOperationException">
    /// The PDF is not laid out as SkiaSharp writes it, already has an outline, or an entry's anchor has no destination.
    /// </exception>
    public static byte[] Append(ReadOnlySpan<byte> pdf, IReadOnlyList<PdfOutlineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startAt < trailerAt)
        {
            throw Unexpected("no trailer");
        }

        var trailer = text[trailerAt..startAt];
        var previous = StartXref().Match(text, startAt);
        var root = Number(TrailerRoot().Match(trailer), "/Root");
        var size = Number(TrailerSize().Match(trailer), "/Size");
        var info = TrailerInfo().Match(trailer);
        var id = TrailerId().Match(trailer);
        var catalog = ObjectBody(text, root);
        if (catalog.Contains("/Outlines", StringComparison.Ordinal) || catalog.Contains("/PageMode", StringComparison.Ordinal))
        {
            throw Unexpected("the catalog already has an outline or a page mode");
        }

        var destinations = Destinations(text, catalog);
        var nodes = Tree(entries, destinations);

        var update = new StringBuilder();
        var length = pdf.Length;
        var offsets = new SortedDictionary<int, long>();
        void Write(int number, string body)
        {
            offsets[number] = length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        update.Append('\n');
        var outlines = size;
        var next = size + 1;
        foreach (var node in nodes.SelectMany(n => n.SelfAndDescendants()))
        {
            node.Number = next++;
        }

        Write(outlines, $"<</Type /Outlines /First {nodes[0].Number} 0 R /Last {nodes[^1].Number} 0 R /Count {nodes.Sum(n => 1 + n.Visible)}>>");
        foreach (var node in nodes.SelectMany(n => n.SelfAndDescendants()))
        {
            Write(node.Number, node.Dictionary(outlines));
        }

        Write(root, catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $"\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines>>");

        var xref = pdf.Length + update.Length;
        update.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var run in Runs(offsets.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var number = run.First; number < run.First + run.Count; number++)
            {
                update.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
            }
        }

        var infoEntry = info.Success ? $"\n/Info {info.Groups[1].Value} 0 R" : string.Empty;
        var idEntry = id.Success ? $"\n/ID {id.Groups[1].Value}" : string.Empty;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next}\n/Root {root} 0 R{infoEntry}{idEntry}\n/Prev {Number(previous, "startxref")}>>\nstartxref\n{xref}\n%%EOF\n");

        // Titles are hex strings and everything else is ASCII, so each character is one byte.
        var result = new byte[pdf.Length + update.Length];
        pdf.CopyTo(result);
        Encoding.Latin1.GetBytes(update.ToString(), result.AsSpan(pdf.Length));
        return result;
    }

    private static int Number(Match match, string what) =>
        match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw Unexpected($"the trailer has no {what}");

    private static string ObjectBody(string text, int number)
    {
        // The last copy is the object's latest revision, should the file already carry an update.
        var start = text.LastIndexOf(string.Create(CultureInfo.InvariantCulture, $"\n{number} 0 obj\n"), StringComparison.Ordinal);
        if (start < 0)
        {
            throw Unexpected($"object {number} was not found");
        }

        start = text.IndexOf('\n', start + 1) + 1;
        var end = text.IndexOf("\nendobj", start, StringComparison.Ordinal);
        var body = text[start..end].Trim();
        return body.StartsWith("<<", StringComparison.Ordinal) && body.EndsWith(">>", StringComparison.Ordinal) ? body : throw Unexpected($"object {number} is not a dictionary");
    }

    // Skia writes each named destination as "/name [page 0 R /XYZ left top 0]" in one dictionary the catalog names.
    private static Dictionary<string, string> Destinations(string text, string catalog)
    {
        var dests = DestsEntry().Match(catalog);
        if (!dests.Success)
        {
            throw Unexpected("the catalog has no named destinations (/Dests)");
        }

        var body = ObjectBody(text, int.Parse(dests.Groups[1].Value, CultureInfo.InvariantCulture));
        return Destination().Matches(body).ToDictionary(m => Name(m.Groups["name"].Value), m => m.Groups["dest"].Value, StringComparer.Ordinal);
    }

    // PDF names escape bytes outside the printable range, and delimiters, as #xx.
    private static string Name(string raw) =>
        Encoding.UTF8.GetString(Convert.FromHexString(string.Concat(Regex.Split(raw, "(#[0-9A-Fa-f]{2})").Where(s => s.Length > 0)
            .Select(part => part[0] == '#' && part.Length == 3 ? part[1..] : Convert.ToHexString(Encoding.UTF8.GetBytes(part))))));

    private static List<OutlineNode> Tree(IReadOnlyList<PdfOutlineEntry> entries, Dictionary<string, string> destinations)
    {
        if (entries.Count == 0)
        {
            throw new ArgumentException("An outline needs at least one entry.", nameof(entries));
        }

        var top = new List<OutlineNode>();
        var path = new List<OutlineNode>();
        foreach (var entry in entries)
        {
            if (entry.Level < 0 || entry.Level > path.Count)
            {
                throw new ArgumentException($"The bookmark \"{entry.Title}\" is at level {entry.Level}, more than one below the entry before it.", nameof(entries));
            }

            var destination = destinations.TryGetValue(entry.Anchor, out var found) ? found : throw Unexpected($"no destination was drawn for the anchor \"{entry.Anchor}\"");
            var node = new OutlineNode(entry.Title, destination, entry.Level);
            path.RemoveRange(entry.Level, path.Count - entry.Level);
            (entry.Level == 0 ? top : path[^1].Children).Add(node);
            path.Add(node);
        }

        Link(top, parent: null);
        return top;
    }

    private static void Link(List<OutlineNode> siblings, OutlineNode? parent)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Parent = parent;
            siblings[i].Previous = i > 0 ? siblings[i - 1] : null;
            siblings[i].Next = i + 1 < siblings.Count ? siblings[i + 1] : null;
            Link(siblings[i].Children, siblings[i]);
        }
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        (int First, int Count)? run = null;
        foreach (var number in numbers)
        {
            if (run is { } r && r.First + r.Count == number)
            {
                run = (r.First, r.Count + 1);
                continue;
            }

            if (run is { } done)
            {
                yield return done;
            }

            run = (number, 1);
        }

        if (run is { } last)
        {
            yield return last;
        }
    }

    private static InvalidOperationException Unexpected(string what) => new($"The PDF cannot take bookmarks: {what}.");

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex TrailerRoot();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex TrailerInfo();

    [GeneratedRegex(@"/ID\s*(\[[^\]]*\])")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"\Gstartxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Dests (\d+) 0 R")]
    private static partial Regex DestsEntry();

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*(?<dest>\[[^\]]*\])")]
    private static partial Regex Destination();
}
