using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class QuartileBandingTests
{
    // Eight authorities, with two pairs of ties: 10, 12, 12, 15, 18, 20, 20, 25 (sorted).
    // QUARTILE.INC positions (1-based) h = 7q/4 + 1:
    //   Q1 at 2.75: 12 + 0.75 × (12 − 12) = 12;  Q2 at 4.5: 15 + 0.5 × (18 − 15) = 16.5;  Q3 at 6.25: 20 + 0.25 × (20 − 20) = 20.
    // Higher is better: A ≥ 20 (20, 20, 25), B 16.5 to < 20 (18), C 12 to < 16.5 (12, 12, 15), D < 12 (10).
    //   Ranks: 25 → 1, 20 → 2 (twice), 18 → 4, 15 → 5, 12 → 6 (twice), 10 → 8.
    // Lower is better: A ≤ 12 (10, 12, 12), B over 12 to 16.5 (15), C over 16.5 to 20 (18, 20, 20), D > 20 (25).
    //   Ranks: 10 → 1, 12 → 2 (twice), 15 → 4, 18 → 5, 20 → 6 (twice), 25 → 8.
    private static readonly double[] Eight = [20, 12, 25, 10, 18, 12, 15, 20];

    [Theory]
    [InlineData(25.0, Polarity.HigherIsBetter, QuartileBand.A, 1)]
    [InlineData(20.0, Polarity.HigherIsBetter, QuartileBand.A, 2)]
    [InlineData(18.0, Polarity.HigherIsBetter, QuartileBand.B, 4)]
    [InlineData(15.0, Polarity.HigherIsBetter, QuartileBand.C, 5)]
    [InlineData(12.0, Polarity.HigherIsBetter, QuartileBand.C, 6)]
    [InlineData(10.0, Polarity.HigherIsBetter, QuartileBand.D, 8)]
    [InlineData(10.0, Polarity.LowerIsBetter, QuartileBand.A, 1)]
    [InlineData(12.0, Polarity.LowerIsBetter, QuartileBand.A, 2)]
    [InlineData(15.0, Polarity.LowerIsBetter, QuartileBand.B, 4)]
    [InlineData(18.0, Polarity.LowerIsBetter, QuartileBand.C, 5)]
    [InlineData(20.0, Polarity.LowerIsBetter, QuartileBand.C, 6)]
    [InlineData(25.0, Polarity.LowerIsBetter, QuartileBand.D, 8)]
    [InlineData(25.0, Polarity.Neutral, QuartileBand.A, 1)]
    [InlineData(10.0, Polarity.Neutral, QuartileBand.D, 8)]
    public void Position_BandsAndRanksByPolarity(double value, Polarity polarity, QuartileBand band, int rank)
    {
        var position = QuartileBanding.Position(value, Eight, polarity);

        Assert.Equal(band, position.Band);
        Assert.Equal(rank, position.Rank);
        Assert.Equal(8, position.Count);
        Assert.Equal(12, position.LowerQuartile);
        Assert.Equal(16.5, position.Median);
        Assert.Equal(20, position.UpperQuartile);
    }

    // 1..8 without ties: Q1 = 2 + 0.75 = 2.75, Q2 = 4.5, Q3 = 6 + 0.25 = 6.25 (Excel QUARTILE.INC gives the same).
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 2.75)]
    [InlineData(2, 4.5)]
    [InlineData(3, 6.25)]
    [InlineData(4, 8.0)]
    public void QuartileInclusive_MatchesExcel(int quartile, double expected) =>
        Assert.Equal(expected, QuartileBanding.QuartileInclusive([1, 2, 3, 4, 5, 6, 7, 8], quartile), 1e-12);

    // Nine values 1..9 put every boundary on a value: h = 2q + 1, so Q1 = 3, Q2 = 5, Q3 = 7 exactly.
    // A value on a boundary goes to the better band; the value just past it falls to the next band.
    [Theory]
    [InlineData(8.0, Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData(7.0, Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData(6.0, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(5.0, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(4.0, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(3.0, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(2.0, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(2.0, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(3.0, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(4.0, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(5.0, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(6.0, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(7.0, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(8.0, Polarity.LowerIsBetter, QuartileBand.D)]
    public void Position_BoundaryValuesGoToTheBetterBand(double value, Polarity polarity, QuartileBand band)
    {
        var position = QuartileBanding.Position(value, [1, 2, 3, 4, 5, 6, 7, 8, 9], polarity);

        Assert.Equal((3.0, 5.0, 7.0), (position.LowerQuartile, position.Median, position.UpperQuartile));
        Assert.Equal(band, position.Band);
    }

    [Theory]
    [InlineData(Polarity.Neutral, QuartileBand.A, "quartile 1 (highest)")]
    [InlineData(Polarity.Neutral, QuartileBand.D, "quartile 4 (lowest)")]
    [InlineData(Polarity.HigherIsBetter, QuartileBand.A, "band A (best quartile)")]
    [InlineData(Polarity.LowerIsBetter, QuartileBand.D, "band D (worst quartile)")]
    public void Label_IsWordedWithoutJudgementForNeutral(Polarity polarity, QuartileBand band, string label) =>
        Assert.Equal(label, new QuartilePosition(band, 1, 8, 1, 2, 3, polarity).Label);

    [Fact]
    public void Position_ValueNotAmongValues_Throws() =>
        Assert.Throws<ArgumentException>(() => QuartileBanding.Position(11, Eight, Polarity.HigherIsBetter));

    [Fact]
    public void Position_TooFewValues_Throws() =>
        Assert.Throws<ArgumentException>(() => QuartileBanding.Position(1, [1, 2, 3], Polarity.HigherIsBetter));
}
