using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class FunnelPlotTests
{
    // Proportions, target p0 = 20%: standard error √(0.2 × 0.8 / n).
    //   n = 100: SE = 0.04; 95%: 0.2 ∓ 1.959963985 × 0.04 = 0.2 ∓ 0.0783985594 → 12.16014406% and 27.83985594%;
    //            99.8%: 0.2 ∓ 3.090232306 × 0.04 = 0.2 ∓ 0.1236092922 → 7.63907078% and 32.36092922%.
    //   n = 4:   SE = 0.2; 95%: 0.2 ∓ 0.391992797 → 0 (cut off) and 59.1992797%; 99.8%: 0 and 0.2 + 0.6180464612 → 81.80464612%.
    //   n = 10,000: SE = 0.004; 95%: 0.2 ∓ 0.00783985594 → 19.216014406% and 20.783985594%.
    [Theory]
    [InlineData(100, 12.16014406, 27.83985594, 7.63907078, 32.36092922)]
    [InlineData(4, 0, 59.1992797, 0, 81.80464612)]
    [InlineData(10000, 19.216014406, 20.783985594, 18.763907078, 21.236092922)]
    public void ProportionLimits_AreTheNormalApproximationAroundTheTarget(long denominator, double lower95, double upper95, double lower998, double upper998)
    {
        var limits = FunnelPlot.ProportionLimits(20, denominator);

        Assert.Equal(lower95, limits.Lower95, 0.0000001);
        Assert.Equal(upper95, limits.Upper95, 0.0000001);
        Assert.Equal(lower998, limits.Lower998, 0.0000001);
        Assert.Equal(upper998, limits.Upper998, 0.0000001);
    }

    [Fact]
    public void ProportionLimits_NarrowAsTheDenominatorGrows()
    {
        var widths = new long[] { 5, 20, 80, 320, 1280 }
            .Select(n => FunnelPlot.ProportionLimits(35, n))
            .Select(l => (Inner: l.Upper95 - l.Lower95, Outer: l.Upper998 - l.Lower998))
            .ToList();

        Assert.All(widths.Zip(widths.Skip(1)), pair => Assert.True(pair.Second.Inner < pair.First.Inner && pair.Second.Outer < pair.First.Outer));
        Assert.All(widths, w => Assert.True(w.Outer > w.Inner));
    }

    // A unit lies outside the 95% limits exactly when its own Wilson interval excludes the target, the comparison the
    // pack already makes against England and the region.
    [Theory]
    [InlineData(20.0, 4)]
    [InlineData(20.0, 37)]
    [InlineData(20.0, 100)]
    [InlineData(63.5, 250)]
    [InlineData(2.0, 60)]
    public void ForProportions_AgreesWithTheWilsonSignificanceTestAt95(double target, long denominator)
    {
        var units = Enumerable.Range(0, (int)denominator + 1).Select(x => new FunnelUnit($"u{x}", x, denominator));

        var analysis = FunnelPlot.ForProportions(units, target);

        Assert.All(analysis.Points, point =>
        {
            var test = SignificanceTest.AgainstComparator(ProportionInterval.Wilson(point.Numerator, point.Denominator), target);
            var expected = test == Significance.SignificantlyHigher ? "higher" : test == Significance.SignificantlyLower ? "lower" : "same";
            var actual = point.Position is FunnelPosition.Above95 or FunnelPosition.Above998 ? "higher"
                : point.Position is FunnelPosition.Below95 or FunnelPosition.Below998 ? "lower" : "same";
            Assert.True(expected == actual, $"{point.Numerator}/{point.Denominator}: Wilson says {expected}, funnel says {actual}");
        });
    }

    [Fact]
    public void ForProportions_PlacesEachUnitAndNamesOnlyThoseOutside998()
    {
        FunnelUnit[] units =
        [
            new("North", 45, 100), // 45%, above 32.36%
            new("South", 30, 100), // 30%, above 27.84% only
            new("East", 20, 100),
            new("West", 1, 4), // 25%: a swing a unit of 4 makes by chance
            new("Central", 3, 100), // 3%, below 7.64%
            new("Rural", 10, 100), // 10%, below 12.16% only
            new("New team", null, 12),
            new("Closed team", 0, 0),
        ];

        var analysis = FunnelPlot.ForProportions(units, 20);

        Assert.Equal(
            ["North Above998 45", "South Above95 30", "East Within 20", "West Within 25", "Central Below998 3", "Rural Below95 10"],
            analysis.Points.Select(p => $"{p.Name} {p.Position} {p.Value:0.###}"));
        Assert.Equal(["North", "Central"], analysis.Outliers.Select(p => p.Name));
        Assert.Equal(
            ["New team: no figure was received", "Closed team: its denominator is zero, so it has no proportion"],
            analysis.Skipped.Select(s => $"{s.Name}: {s.Reason}"));
        Assert.Equal(FunnelMethod.WilsonScore, analysis.Method);
        Assert.Equal(100, analysis.Multiplier);
    }

    [Fact]
    public void ForProportions_WithoutTarget_CentresOnThePooledProportion()
    {
        // (30 + 10 + 5) / (100 + 50 + 50) = 45 / 200 = 22.5%; the unit with no denominator does not count towards it.
        FunnelUnit[] units = [new("A", 30, 100), new("B", 10, 50), new("C", 5, 50), new("D", 7, null)];

        var analysis = FunnelPlot.ForProportions(units);

        Assert.Equal(22.5, analysis.Target, 1e-12);
        Assert.Equal(FunnelPlot.ProportionLimits(22.5, 50), analysis.Points[1].Limits);
        Assert.Equal(["D: no denominator was received"], analysis.Skipped.Select(s => $"{s.Name}: {s.Reason}"));
    }

    [Theory]
    [InlineData(12L, 10L, "its count (12) is more than its denominator (10), which cannot be")]
    [InlineData(-1L, 10L, "its count is below zero, which cannot be")]
    [InlineData(3L, -5L, "its denominator is zero, so it has no proportion")]
    public void ForProportions_ImpossibleCounts_AreSkippedWithTheReason(long numerator, long denominator, string reason)
    {
        var analysis = FunnelPlot.ForProportions([new FunnelUnit("Odd", numerator, denominator), new FunnelUnit("Fine", 5, 10)], 50);

        Assert.Equal(["Fine"], analysis.Points.Select(p => p.Name));
        Assert.Equal(reason, Assert.Single(analysis.Skipped).Reason);
    }

    [Fact]
    public void ForProportions_BadInput_IsRefusedWithAClearMessage()
    {
        var twice = Assert.Throws<ArgumentException>(() => FunnelPlot.ForProportions([new("North", 1, 2), new("north", 1, 2)]));
        Assert.Contains("\"north\" is given twice", twice.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => FunnelPlot.ForProportions([new("North", null, 2)]));
        Assert.Contains("give the target", none.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.ForProportions([new("North", 1, 2)], 120));
    }

    // Rates, population 10,000 per 10,000 so that limits read as counts. Each target is the exact (Garwood) limit of a
    // whole count, so the funnel limit is that count:
    //   E = χ²(0.025; 6)/2 = 0.6186721229, the exact 95% lower limit for 3 events → upper 95% limit 3;
    //   E = χ²(0.975; 8)/2 = 8.7672730697, the exact 95% upper limit for 3 events → lower 95% limit 3;
    //   E = −ln(0.999) = 0.0010005003, solving P(X ≥ 1 | E) = 1 − e^−E = 0.001 → upper 99.8% limit 1;
    //   E = 9.2334134765, solving P(X ≤ 1 | E) = e^−E (1 + E) = 0.001 → lower 99.8% limit 1.
    [Theory]
    [InlineData(0.6186721229, "Upper95", 3.0)]
    [InlineData(8.7672730697, "Lower95", 3.0)]
    [InlineData(0.0010005003, "Upper998", 1.0)]
    [InlineData(9.2334134765, "Lower998", 1.0)]
    public void RateLimits_AtAnExactLimitsTarget_AreThatCount(double target, string limit, double count)
    {
        var limits = FunnelPlot.RateLimits(target, 10_000, 10_000);

        var actual = limit switch
        {
            "Upper95" => limits.Upper95,
            "Lower95" => limits.Lower95,
            "Upper998" => limits.Upper998,
            _ => limits.Lower998,
        };
        Assert.Equal(count, actual, 0.000001);
    }

    // A target of 60 per 10,000 in a population of 2,500: 15 children expected. The limits on the count solve
    // P(U, 15) = tail and P(L + 1, 15) = 1 − tail (checked with mpmath's regularised incomplete gamma):
    //   95%: L = 7.428786047, U = 23.527470517; 99.8%: L = 4.121924790, U = 28.786445681; per 10,000 divide by 0.25.
    // With 2,500 expected (a target of 2,500 per 10,000 in a population of 10,000, so limits read as counts):
    //   95%: 2401.978585 to 2598.968622; 99.8%: 2346.423385 to 2656.426781.
    // With 250,000 expected: 95%: 249019.991903 to 250980.955251; 99.8%: 248455.809763 to 251547.040086.
    [Theory]
    [InlineData(60.0, 2500L, 29.715144187, 94.109882070, 16.487699159, 115.145782725)]
    [InlineData(2500.0, 10000L, 2401.978585, 2598.968622, 2346.423385, 2656.426781)]
    [InlineData(250000.0, 10000L, 249019.991903, 250980.955251, 248455.809763, 251547.040086)]
    public void RateLimits_MatchTheIncompleteGammaSolution(double target, long population, double lower95, double upper95, double lower998, double upper998)
    {
        var limits = FunnelPlot.RateLimits(target, population, 10_000);

        Assert.Equal(lower95, limits.Lower95, 0.000001);
        Assert.Equal(upper95, limits.Upper95, 0.000001);
        Assert.Equal(lower998, limits.Lower998, 0.000001);
        Assert.Equal(upper998, limits.Upper998, 0.000001);
    }

    [Fact]
    public void RateLimits_NarrowAsThePopulationGrows()
    {
        var limits = new long[] { 200, 1_000, 5_000, 25_000, 125_000 }.Select(n => FunnelPlot.RateLimits(60, n, 10_000)).ToList();

        Assert.All(limits.Zip(limits.Skip(1)), pair => Assert.True(
            pair.Second.Upper95 < pair.First.Upper95 && pair.Second.Upper998 < pair.First.Upper998
            && pair.Second.Lower95 >= pair.First.Lower95 && pair.Second.Lower998 >= pair.First.Lower998));
        Assert.All(limits, l => Assert.True(l.Lower998 <= l.Lower95 && l.Lower95 < 60 && 60 < l.Upper95 && l.Upper95 < l.Upper998));
    }

    [Fact]
    public void RateLimits_WithFewExpected_HaveALowerLimitOfZero()
    {
        // 2 expected: even 0 events is within chance (P(X = 0 | 2) = 0.135 > 0.025).
        var limits = FunnelPlot.RateLimits(20, 1000, 10_000);

        Assert.Equal((0.0, 0.0), (limits.Lower95, limits.Lower998));
        Assert.True(limits.Upper95 > 20);
    }

    // A whole count lies outside the 95% limits exactly when its exact Poisson 95% interval excludes the target.
    [Theory]
    [InlineData(60.0, 2500L)]
    [InlineData(95.3, 400L)]
    [InlineData(1.0, 20000L)]
    public void ForRates_AgreesWithTheExactPoissonSignificanceTestAt95(double target, long population)
    {
        var units = Enumerable.Range(0, 60).Select(count => new FunnelUnit($"u{count}", count, population));

        var analysis = FunnelPlot.ForRates(units, 10_000, target);

        Assert.All(analysis.Points, point =>
        {
            var test = SignificanceTest.AgainstComparator(RateInterval.ExactPoisson(point.Numerator, population, 10_000), target);
            var expected = test == Significance.SignificantlyHigher ? "higher" : test == Significance.SignificantlyLower ? "lower" : "same";
            var actual = point.Position is FunnelPosition.Above95 or FunnelPosition.Above998 ? "higher"
                : point.Position is FunnelPosition.Below95 or FunnelPosition.Below998 ? "lower" : "same";
            Assert.True(expected == actual, $"{point.Numerator} in {population}: exact Poisson says {expected}, funnel says {actual}");
        });
    }

    [Fact]
    public void ForRates_PlacesUnitsAgainstThePooledRate()
    {
        // Pooled: (15 + 40 + 5) / (2,500 + 5,000 + 2,500) = 60 / 10,000 = 60 per 10,000.
        // North: 15 in 2,500 = 60 per 10,000, on target. South: 40 in 5,000 = 80 per 10,000, 30 expected:
        //   exact 95% lower limit for 40 is 28.58 < 30, so within chance. West: 5 in 2,500 = 20 per 10,000, 15 expected:
        //   5 < the lower 95% limit 7.43, above the lower 99.8% limit 4.12 → outside 95% only.
        FunnelUnit[] units = [new("North", 15, 2500), new("South", 40, 5000), new("West", 5, 2500), new("Bay", 3, 0)];

        var analysis = FunnelPlot.ForRates(units, 10_000);

        Assert.Equal(60, analysis.Target, 1e-9);
        Assert.Equal(["North Within 60", "South Within 80", "West Below95 20"], analysis.Points.Select(p => $"{p.Name} {p.Position} {p.Value:0.###}"));
        Assert.Empty(analysis.Outliers);
        Assert.Equal(["Bay: its population is zero, so it has no rate"], analysis.Skipped.Select(s => $"{s.Name}: {s.Reason}"));
        Assert.Equal(FunnelMethod.ExactPoisson, analysis.Method);
        Assert.Equal(FunnelMeasure.Rate, analysis.Measure);
    }

    [Theory]
    [InlineData(7.0, FunnelPosition.Below998)]
    [InlineData(12.16014406, FunnelPosition.Within)]
    [InlineData(12.16, FunnelPosition.Below95)]
    [InlineData(32.36092922, FunnelPosition.Above95)]
    [InlineData(32.37, FunnelPosition.Above998)]
    [InlineData(7.63907078, FunnelPosition.Below95)]
    public void Place_ValueOnALimit_IsInsideIt(double value, FunnelPosition expected)
    {
        var limits = new FunnelLimits(12.16014406, 27.83985594, 7.63907078, 32.36092922);

        Assert.Equal(expected, limits.Place(value));
    }
}
