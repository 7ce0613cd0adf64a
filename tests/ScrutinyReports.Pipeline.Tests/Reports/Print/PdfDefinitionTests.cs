using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>Each indicator's plain-English definition is printed under its name, as the HTML shows it.</summary>
public sealed partial class PdfDefinitionTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void Definitions_OfTheDemoPdf_FollowEachIndicatorsNameAsInTheHtml()
    {
        var definitions = Definition().Matches(demo.Html)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Definition: WebUtility.HtmlDecode(m.Groups["definition"].Value)))
            .ToList();
        using var pdf = PdfDocument.Open(demo.Pdf);
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));

        Assert.True(definitions.Count > 20, $"{definitions.Count} definitions in the HTML");
        Assert.All(definitions, d => Assert.Contains($"{d.Name} {Spaces().Replace(d.Definition, " ")}", text, StringComparison.Ordinal));
    }

    [GeneratedRegex("<h4 id=\"indicator-[^\"]+\">(?<name>[^<]+)</h4>\\s*<p class=\"small\">(?<definition>[^<]+)</p>")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
