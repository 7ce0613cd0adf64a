using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Rendering;

/// <summary>The words report.json and the templates use for statuses, directions, RAG and change units.</summary>
public static class ReportCodes
{
    public static string Status(IndicatorAnalysis analysis) => analysis.Current?.Status switch
    {
        null => "missing",
        ObservationStatus.Validated => "validated",
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Suppressed => "suppressed",
        _ => "not_available",
    };

    public static string Direction(Direction direction) => direction switch
    {
        Domain.Comparisons.Direction.Improved => "improved",
        Domain.Comparisons.Direction.Worsened => "worsened",
        Domain.Comparisons.Direction.Unchanged => "unchanged",
        Domain.Comparisons.Direction.Increased => "increased",
        Domain.Comparisons.Direction.Decreased => "decreased",
        _ => "not_comparable",
    };

    public static string Rag(Rag rag) => rag.ToString().ToLowerInvariant();

    public static string ChangeUnit(PeriodComparison comparison, Indicator indicator) =>
        comparison.ChangeUnit == Domain.Comparisons.ChangeUnit.PercentagePoints ? "pp" : CatalogueCodes.Code(indicator.Unit);

    public static string OutturnKind(OutturnKind kind) => kind switch
    {
        Domain.Comparisons.OutturnKind.YearEnd => "year_end",
        Domain.Comparisons.OutturnKind.SameMonth => "same_month",
        _ => "missing",
    };

    public static string ExceptionReason(Domain.Reports.ExceptionReasonKind kind) => kind switch
    {
        Domain.Reports.ExceptionReasonKind.OffTarget => "off_target",
        Domain.Reports.ExceptionReasonKind.CloseToTarget => "close_to_target",
        Domain.Reports.ExceptionReasonKind.WorseThanEngland => "worse_than_england",
        Domain.Reports.ExceptionReasonKind.WorseThanYearAgo => "worse_than_year_ago",
        Domain.Reports.ExceptionReasonKind.ConcerningVariation => "concerning_variation",
        _ => "adverse_trend",
    };

    public static string SpcRule(Domain.Statistics.Spc.SpcRule rule) => rule switch
    {
        Domain.Statistics.Spc.SpcRule.BeyondLimit => "beyond_limit",
        Domain.Statistics.Spc.SpcRule.RunOnOneSide => "run_on_one_side",
        Domain.Statistics.Spc.SpcRule.Trend => "trend",
        _ => "two_of_three_near_limit",
    };

    public static string Variation(Domain.Statistics.Spc.VariationIcon icon) => icon switch
    {
        Domain.Statistics.Spc.VariationIcon.CommonCause => "common_cause",
        Domain.Statistics.Spc.VariationIcon.ImprovingHigh => "improving_high",
        Domain.Statistics.Spc.VariationIcon.ImprovingLow => "improving_low",
        Domain.Statistics.Spc.VariationIcon.ConcerningHigh => "concerning_high",
        Domain.Statistics.Spc.VariationIcon.ConcerningLow => "concerning_low",
        Domain.Statistics.Spc.VariationIcon.NeutralHigh => "neutral_high",
        _ => "neutral_low",
    };

    public static string Assurance(Domain.Statistics.Spc.AssuranceIcon icon) => icon switch
    {
        Domain.Statistics.Spc.AssuranceIcon.ConsistentlyPass => "consistently_pass",
        Domain.Statistics.Spc.AssuranceIcon.ConsistentlyFail => "consistently_fail",
        Domain.Statistics.Spc.AssuranceIcon.HitAndMiss => "hit_and_miss",
        _ => "none",
    };
}
