using System.Net;
using System.Text.RegularExpressions;
using SkiaSharp;
using ScrutinyReports.Rendering.Pdf;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>report.html carries the PDF's typeface, cut down to the page's characters.</summary>
public sealed partial class HtmlFontTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void DemoHtml_EmbedsDejaVuSansRegularAndBold_AsSmallSubsets()
    {
        var faces = FontFaces().Matches(demo.Html).Select(match => (Weight: match.Groups[1].Value, Font: Convert.FromBase64String(match.Groups[2].Value))).ToList();

        Assert.Equal(["normal", "bold"], faces.Select(face => face.Weight));
        var (regular, bold) = PdfFonts.WholeSizes;
        Assert.InRange(faces[0].Font.Length, 1, regular / 10);
        Assert.InRange(faces[1].Font.Length, 1, bold / 10);
        Assert.Matches(@"body \{ font-family: ""DejaVu Sans"",", demo.Html);
    }

    [Fact]
    public void DemoHtml_EmbeddedFaces_HaveAGlyphForEveryCharacterOfThePage()
    {
        var body = WebUtility.HtmlDecode(Tags().Replace(demo.Html[demo.Html.IndexOf("<body", StringComparison.Ordinal)..], " "));
        var characters = body.EnumerateRunes().Where(rune => rune.Value > ' ').Select(rune => rune.ToString()).Distinct().ToList();

        foreach (Match face in FontFaces().Matches(demo.Html))
        {
            using var typeface = SKTypeface.FromData(SKData.CreateCopy(Convert.FromBase64String(face.Groups[2].Value)));
            using var font = new SKFont(typeface);
            Assert.All(characters, character => Assert.True(font.ContainsGlyphs(character), $"{face.Groups[1].Value} face lacks {character}"));
        }

        Assert.Contains(characters, character => character.EnumerateRunes().Single().Value > 127);
    }

    [GeneratedRegex(@"@font-face \{ font-family: ""DejaVu Sans""; font-style: normal; font-weight: (\w+); src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)")]
    private static partial Regex FontFaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
