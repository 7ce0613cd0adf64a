namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// What the latest figure's variation means, as Making Data Count's variation icons say it: common cause, or special
/// cause that is improving or concerning (by the indicator's polarity), or just higher or lower for a context measure.
/// </summary>
public enum VariationIcon
{
    CommonCause,
    ImprovingHigh,
    ImprovingLow,
    ConcerningHigh,
    ConcerningLow,
    NeutralHigh,
    NeutralLow,
}
