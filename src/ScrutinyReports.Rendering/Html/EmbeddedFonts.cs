using System.Net;
using System.Text;
using ScrutinyReports.Rendering.Pdf;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Gives report.html the PDF's typeface: DejaVu Sans and DejaVu Sans Bold, cut down to the characters the page holds,
/// embedded as <c>@font-face</c> rules, so the page reads the same on every machine and matches the printed pack
/// without fetching anything. Added just before <c>&lt;/head&gt;</c>; a council's template without one gets none.
/// </summary>
internal static class EmbeddedFonts
{
    public const string Family = "DejaVu Sans";

    public static string Into(string page)
    {
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head < 0)
        {
            return page;
        }

        var codepoints = WebUtility.HtmlDecode(page).EnumerateRunes().Select(rune => rune.Value).Where(value => value > ' ').ToHashSet();
        var (regular, bold) = PdfFonts.SubsetFiles(codepoints);
        var style = new StringBuilder("<style>\n");
        AppendFace(style, regular, "normal");
        AppendFace(style, bold, "bold");
        style.Append("</style>\n");
        return string.Concat(page.AsSpan(0, head), style.ToString(), page.AsSpan(head));
    }

    private static void AppendFace(StringBuilder style, byte[] font, string weight) =>
        style.Append("  @font-face { font-family: \"").Append(Family).Append("\"; font-style: normal; font-weight: ").Append(weight)
            .Append("; src: url(data:font/ttf;base64,").Append(Convert.ToBase64String(font)).Append(") format(\"truetype\"); }\n");
}
