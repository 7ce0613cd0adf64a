using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// The variation and assurance icons as small inline SVG after Making Data Count's: a coloured circle with a letter
/// (H higher, L lower, P pass, F fail, ? hit and miss, a dash for common cause). Always hidden from screen readers and
/// printed beside their words, so neither colour nor shape carries meaning alone.
/// </summary>
public static class SpcIcons
{
    /// <summary>One line that explains every icon, for under each table that shows them.</summary>
    public const string Key = "Variation (first icon): H or L on blue, special cause of an improving nature, higher or lower; on orange, of a concerning nature; on purple, a context measure higher or lower; a dash on grey, common cause (no signal). Assurance (second icon): P, will consistently meet the target; F, will consistently fail it; ?, will hit and miss it at random.";

    public static string Variation(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => Circle("#6b6b6b", "–"),
        VariationIcon.ImprovingHigh => Circle(TrendChart.Colour(SpcMark.Improving), "H"),
        VariationIcon.ImprovingLow => Circle(TrendChart.Colour(SpcMark.Improving), "L"),
        VariationIcon.ConcerningHigh => Circle(TrendChart.Colour(SpcMark.Concerning), "H"),
        VariationIcon.ConcerningLow => Circle(TrendChart.Colour(SpcMark.Concerning), "L"),
        VariationIcon.NeutralHigh => Circle(TrendChart.Colour(SpcMark.Neutral), "H"),
        _ => Circle(TrendChart.Colour(SpcMark.Neutral), "L"),
    };

    public static string Assurance(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => Circle(TrendChart.Colour(SpcMark.Improving), "P"),
        AssuranceIcon.ConsistentlyFail => Circle(TrendChart.Colour(SpcMark.Concerning), "F"),
        AssuranceIcon.HitAndMiss => Circle("#6b6b6b", "?"),
        _ => string.Empty,
    };

    /// <summary>The letter the icon shows, for the PDF, which prints it in brackets before the words.</summary>
    public static string Letter(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "–",
        VariationIcon.ImprovingHigh or VariationIcon.ConcerningHigh or VariationIcon.NeutralHigh => "H",
        _ => "L",
    };

    public static string Letter(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "P",
        AssuranceIcon.ConsistentlyFail => "F",
        AssuranceIcon.HitAndMiss => "?",
        _ => string.Empty,
    };

    public static string VariationText(VariationIcon icon) => SpcWording.Variation(icon);

    public static string AssuranceText(AssuranceIcon icon) => SpcWording.Assurance(icon);

    private static string Circle(string fill, string letter) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-icon\" width=\"20\" height=\"20\" viewBox=\"0 0 20 20\" aria-hidden=\"true\" focusable=\"false\"><circle cx=\"10\" cy=\"10\" r=\"9\" fill=\"{fill}\"/><text x=\"10\" y=\"14.5\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#fff\">{letter}</text></svg>";
}
