using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Where one authority's value sits among all authorities' values for a year.
/// <see cref="Rank"/> is 1 for the best value (the highest for a neutral indicator); authorities with equal values
/// share a rank and the next rank is skipped (1, 2, 2, 4). <see cref="Count"/> is how many authorities had a value.
/// The quartiles are the band boundaries (see <see cref="QuartileBanding"/>).
/// </summary>
public sealed record QuartilePosition(
    QuartileBand Band,
    int Rank,
    int Count,
    double LowerQuartile,
    double Median,
    double UpperQuartile,
    Polarity Polarity)
{
    /// <summary>
    /// How to name the band: "band A (best quartile)" to "band D (worst quartile)" with a polarity, and
    /// "quartile 1 (highest)" to "quartile 4 (lowest)" for a neutral indicator, which is never judged.
    /// </summary>
    public string Label => Polarity == Polarity.Neutral
        ? Band switch
        {
            QuartileBand.A => "quartile 1 (highest)",
            QuartileBand.B => "quartile 2",
            QuartileBand.C => "quartile 3",
            _ => "quartile 4 (lowest)",
        }
        : Band switch
        {
            QuartileBand.A => "band A (best quartile)",
            QuartileBand.B => "band B",
            QuartileBand.C => "band C",
            _ => "band D (worst quartile)",
        };
}
