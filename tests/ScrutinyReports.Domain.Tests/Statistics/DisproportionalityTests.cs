using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class DisproportionalityTests
{
    // 100 children looked after: 60 boys, 40 girls; 51,000 boys and 49,000 girls aged 0-17.
    //   boys: share 60%, population share 51%, ratio 0.60 / 0.51 = 1.176471 (= (60/51,000) / (100/100,000)).
    //   Wilson(60, 100), z = 1.959963985, z² = 3.841458822: centre 2 × 60 + z² = 123.841459,
    //     spread z √(z² + 4 × 60 × 0.4) = 19.584097, scale 2 (100 + z²) = 207.682918
    //     → 0.502003 to 0.690599; divided by 0.51 → 0.984319 to 1.354115: includes 1, in line.
    //   girls: Wilson(40, 100) = 0.309401 to 0.497997; divided by 0.49 → 0.631431 to 1.016321: in line.
    [Fact]
    public void Compare_GivesSharesRatioAndWilsonInterval()
    {
        var result = Disproportionality.Compare([new("Boys", 60, 51_000), new("Girls", 40, 49_000)]);

        var boys = result[0];
        Assert.Equal(("Boys", 60.0, 51.0), (boys.Name, boys.CohortShare, boys.PopulationShare));
        Assert.Equal(1.176471, boys.Ratio, 0.000001);
        Assert.Equal(0.984319, boys.Interval.Lower, 0.000001);
        Assert.Equal(1.354115, boys.Interval.Upper, 0.000001);
        Assert.Equal(Representation.InLine, boys.Representation);
        Assert.Equal(IntervalMethod.WilsonShareRatio, boys.Interval.Method);
        var girls = result[1];
        Assert.Equal(0.816327, girls.Ratio, 0.000001);
        Assert.Equal(0.631431, girls.Interval.Lower, 0.000001);
        Assert.Equal(1.016321, girls.Interval.Upper, 0.000001);
        Assert.Equal(Representation.InLine, girls.Representation);
    }

    // A cohort of 40 over three groups making up 10%, 30% and 60% of the population:
    //   A: 0 children; Wilson(0, 40) upper = (z² + z²) / (2 (40 + z²)) = 7.682918 / 87.682918 = 0.087622 → / 0.1 = 0.876216.
    //   B: 30 (75%); Wilson(30, 40) = (63.841459 ∓ 11.401779) / 87.682918 = 0.598060 to 0.858129 → / 0.3 = 1.993535 to 2.860429.
    //   C: 10 (25%); Wilson(10, 40) = (23.841459 ∓ 11.401779) / 87.682918 = 0.141871 to 0.401940 → / 0.6 = 0.236452 to 0.669899.
    [Fact]
    public void Compare_NamesGroupsOverAndUnderRepresented()
    {
        var result = Disproportionality.Compare([new("A", 0, 1000), new("B", 30, 3000), new("C", 10, 6000)]);

        Assert.Equal(
            ["A 0 0 0.876216 Under", "B 2.5 1.993535 2.860429 Over", "C 0.416667 0.236452 0.669899 Under"],
            result.Select(g => FormattableString.Invariant($"{g.Name} {g.Ratio:0.######} {g.Interval.Lower:0.######} {g.Interval.Upper:0.######} {g.Representation}")));
    }

    [Fact]
    public void Compare_RatioIsTheGroupRateOverTheOverallRate()
    {
        var result = Disproportionality.Compare([new("White", 412, 61_250), new("Mixed", 57, 4_980), new("Black", 38, 2_140), new("Asian", 29, 6_730)]);

        var overall = 536.0 / 75_100;
        Assert.All(result, g => Assert.Equal((double)g.Count / g.Population / overall, g.Ratio, 1e-12));
        Assert.Equal(100, result.Sum(g => g.CohortShare), 1e-9);
        Assert.Equal(100, result.Sum(g => g.PopulationShare), 1e-9);
    }

    [Theory]
    [InlineData("B", -1L, 10L, "has a count below zero")]
    [InlineData("B", 3L, 0L, "has no population (0)")]
    [InlineData("a", 3L, 10L, "\"a\" is given twice")]
    public void Compare_BadGroup_IsRefusedWithAClearMessage(string name, long count, long population, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Disproportionality.Compare([new("A", 5, 100), new(name, count, population)]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_EmptyCohort_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Disproportionality.Compare([new("A", 0, 100), new("B", 0, 100)]));

        Assert.Contains("no children in any group", error.Message, StringComparison.Ordinal);
    }
}
