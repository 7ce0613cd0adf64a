namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Whether a figure differs from another by more than chance would explain, at the 95% level. A statement about
/// values only: whether "higher" is better or worse depends on the indicator's polarity and is decided elsewhere.
/// </summary>
public enum Significance
{
    /// <summary>The difference could be chance: say "similar to", never "better" or "worse".</summary>
    NotSignificantlyDifferent,

    SignificantlyHigher,

    SignificantlyLower,
}
