namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// A local authority's quartile among all authorities with a value, LAIT style. For an indicator with a polarity,
/// A is the best quarter and D the worst. For a neutral indicator the bands only order values, A holding the
/// highest, and carry no judgement: write them as "quartile 1 (highest)" to "quartile 4 (lowest)"
/// (<see cref="QuartilePosition.Label"/>).
/// </summary>
public enum QuartileBand
{
    A,
    B,
    C,
    D,
}
