using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>A page's text in the order it was drawn, with each run of white space (line ends included) as one space.</summary>
internal static partial class PdfText
{
    public static string OfPage(Page page) => Spaces().Replace(ContentOrderTextExtractor.GetText(page), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
