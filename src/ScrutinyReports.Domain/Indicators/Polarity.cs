namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// Which way is good. It decides every word of judgement in a report, so it is always declared, never inferred
/// from data. Neutral indicators (demand and context measures) are only ever said to rise or fall.
/// </summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}
