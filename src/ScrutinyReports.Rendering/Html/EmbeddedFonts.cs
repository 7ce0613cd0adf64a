using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScrutinyReports.Rendering.Pdf;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Gives report.html the PDF's typeface: DejaVu Sans and DejaVu Sans Bold, cut down to the characters the page holds,
/// embedded as <c>@font-face</c> rules, so the page reads the same on every machine and matches the printed pack
/// without fetching anything. Added just before <c>&lt;/head&gt;</c>; a council's template without one gets none.
/// </summary>
internal static partial class EmbeddedFonts
{
    public const string Family = "DejaVu Sans";

    /// <summary>Where in <paramref name="page"/> the fonts' style goes and the style itself; null when the page has no head to put it in.</summary>
    public static (int At, string Style)? For(string page)
    {
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head < 0)
        {
            return null;
        }

        var (regular, bold) = PdfFonts.SubsetFiles(Characters(page));
        var style = new StringBuilder("<style>\n");
        AppendFace(style, regular, "normal");
        AppendFace(style, bold, "bold");
        style.Append("</style>\n");
        return (head, style.ToString());
    }

    // The characters the page holds as written, and those written as character references (&#163;), read without
    // decoding a second copy of the whole page.
    private static HashSet<int> Characters(string page)
    {
        var characters = new HashSet<int>();
        foreach (var rune in page.EnumerateRunes())
        {
            if (rune.Value > ' ')
            {
                characters.Add(rune.Value);
            }
        }

        foreach (Match reference in CharacterReference().Matches(page))
        {
            foreach (var rune in WebUtility.HtmlDecode(reference.Value).EnumerateRunes())
            {
                characters.Add(rune.Value);
            }
        }

        return characters;
    }

    [GeneratedRegex("&#?[a-zA-Z0-9]+;")]
    private static partial Regex CharacterReference();

    private static void AppendFace(StringBuilder style, byte[] font, string weight) =>
        style.Append("  @font-face { font-family: \"").Append(Family).Append("\"; font-style: normal; font-weight: ").Append(weight)
            .Append("; src: url(data:font/ttf;base64,").Append(Convert.ToBase64String(font)).Append(") format(\"truetype\"); }\n");
}
