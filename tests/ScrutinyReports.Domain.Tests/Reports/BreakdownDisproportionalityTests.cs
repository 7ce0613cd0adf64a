using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Reports;

/// <summary>
/// Breakdowns by age band and sex set against the child population. The population: boys 2,800 and girls 2,700 at
/// each age 0 to 16, and 3,400 and 3,100 at 17, so 51,000 boys and 49,000 girls; in the DfE bands, under 1 5,500,
/// 1 to 4 22,000, 5 to 9 27,500, 10 to 15 33,000 and 16 and over 12,000 (of 100,000).
/// Wilson(x, n) = (2x + z² ∓ z √(z² + 4x(1 − x/n))) / (2(n + z²)), z = 1.959963985, z² = 3.841458822, and the ratio's
/// limits are its limits over the population share.
/// </summary>
public class BreakdownDisproportionalityTests
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);
    private static readonly DateTimeOffset Now = new(2019, 10, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly IndicatorCatalogue Catalogue = new(
    [
        new Indicator("CLA_COUNT", "Children looked after", "CLA", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, ""),
    ]);

    private static ChildPopulation Population(params int[] years) => new(
        years.ToDictionary(year => year, year => (IReadOnlyList<SingleYearPopulation>)Enumerable.Range(0, 18)
            .SelectMany(age => new[] { new SingleYearPopulation(age, "Male", age == 17 ? 3_400 : 2_800), new SingleYearPopulation(age, "Female", age == 17 ? 3_100 : 2_700) })
            .ToList()),
        "population.csv");

    private static BreakdownDisproportionality Compare(Audience audience, string dimension, decimal whole, params (string Category, decimal Count)[] parts)
    {
        var figures = parts.Select(p => new Observation("CLA_COUNT", September, $"{dimension}={p.Category}", p.Count, ObservationStatus.Validated, null, null))
            .Append(new Observation("CLA_COUNT", September, "", whole, ObservationStatus.Validated, null, null));
        var panel = new Panel("cypf", "Children's panel") { Audience = audience, Breakdowns = [new PanelBreakdown("CLA_COUNT", [dimension])] };
        var report = ReportBuilder.Build(panel, September, Catalogue, figures, Now, population: Population(2018, 2019, 2020));
        return report.Indicators.Single().Breakdowns.Single().Disproportionality!;
    }

    private static readonly (string, decimal)[] ByAge =
        [("Under 1 year", 5), ("1 to 4 years", 15), ("5 to 9 years", 20), ("10 to 15 years", 35), ("16 years and over", 25)];

    // 16 and over: 25 of 100 (25%) against 12,000 of 100,000 (12%): ratio 0.25 / 0.12 = 2.083333. Wilson(25, 100):
    //   (53.841459 ∓ 1.959964 × √(3.841459 + 75)) / 207.682918 = (53.841459 ∓ 17.403052) / 207.682918 = 0.175452 to 0.343045,
    //   over 0.12: 1.462101 to 2.858705, wholly above 1, so over-represented.
    // 1 to 4: 15 of 100 against 22%: ratio 0.681818; Wilson(15, 100) = (33.841459 ∓ 14.514517) / 207.682918 = 0.093060 to
    //   0.232836, over 0.22: 0.422999 to 1.058344, which includes 1: in line.
    [Fact]
    public void Age_ComparesEachBandWithTheEstimateOfTheSameYear()
    {
        var part = Compare(Audience.Internal, "age", 100, ByAge);

        Assert.Equal((2019, "population.csv", (string?)null), (part.EstimateYear, part.PopulationSource, part.Withheld));
        Assert.Equal(["Under 1 year", "1 to 4 years", "5 to 9 years", "10 to 15 years", "16 years and over"], part.Groups.Select(g => g.Name));
        Assert.Equal([5_500L, 22_000, 27_500, 33_000, 12_000], part.Groups.Select(g => g.Population));
        var older = part.Groups[4];
        Assert.Equal((25.0, 12.0), (older.CohortShare, older.PopulationShare));
        Assert.Equal(2.083333, older.Ratio, 6);
        Assert.Equal((1.462101, 2.858705), (Math.Round(older.Interval.Lower, 6), Math.Round(older.Interval.Upper, 6)));
        Assert.Equal(Representation.Over, older.Representation);
        var toddlers = part.Groups[1];
        Assert.Equal(0.681818, toddlers.Ratio, 6);
        Assert.Equal((0.422999, 1.058344), (Math.Round(toddlers.Interval.Lower, 6), Math.Round(toddlers.Interval.Upper, 6)));
        Assert.Equal(Representation.InLine, toddlers.Representation);
    }

    // Boys 60 of 100 known-sex children against 51%: ratio 1.176471; Wilson(60, 100) = (123.841459 ∓ 19.584097) / 207.682918
    //   = 0.502003 to 0.690599, over 0.51: 0.984319 to 1.354115, in line. The 3 of unknown sex are not in the shares.
    [Fact]
    public void Sex_LeavesUnknownOutOfTheSharesAndReportsItApart()
    {
        var part = Compare(Audience.Internal, "sex", 103, ("Male", 60), ("Female", 40), ("Unknown", 3));

        Assert.Equal(["Male", "Female"], part.Groups.Select(g => g.Name));
        var boys = part.Groups[0];
        Assert.Equal((60L, 51_000L), (boys.Count, boys.Population));
        Assert.Equal(1.176471, boys.Ratio, 6);
        Assert.Equal((0.984319, 1.354115), (Math.Round(boys.Interval.Lower, 6), Math.Round(boys.Interval.Upper, 6)));
        Assert.Equal(Representation.InLine, boys.Representation);
        Assert.Equal([new GroupWithoutBase("Unknown", 3, false)], part.WithoutBase);
    }

    [Fact]
    public void Public_LeavesOutTheSuppressedBands_AndKeepsTheOthersSharesOfEveryChild()
    {
        var parts = ByAge.Select(p => p.Item1 == "Under 1 year" ? (p.Item1, 3m) : p).ToArray();
        var shown = Compare(Audience.Public, "age", 98, parts);
        var all = Compare(Audience.Internal, "age", 98, parts);

        // Under 1's 3 is suppressed, and the next smallest, 1 to 4, with it so that 3 cannot be worked out from 98.
        Assert.Equal(["Under 1 year", "1 to 4 years"], shown.Suppressed);
        Assert.Equal(["5 to 9 years", "10 to 15 years", "16 years and over"], shown.Groups.Select(g => g.Name));
        Assert.Equal(all.Groups.Skip(2), shown.Groups);
        Assert.Equal(25.0 / 98 * 100, shown.Groups[2].CohortShare, 9);
    }

    [Fact]
    public void Public_SuppressedWithAndWithoutAPopulation_WithholdsTheComparison()
    {
        // Girls' 3 and unknown's 2 are both suppressed: the boys' share would reveal 3 + 60 and so the unknown's 2.
        var part = Compare(Audience.Public, "sex", 65, ("Male", 60), ("Female", 3), ("Unknown", 2));

        Assert.Empty(part.Groups);
        Assert.Contains("worked out", part.Withheld, StringComparison.Ordinal);
        Assert.Equal([new GroupWithoutBase("Unknown", null, true)], part.WithoutBase);
    }

    [Fact]
    public void ABandWithoutACount_WithholdsTheComparison()
    {
        var part = Compare(Audience.Internal, "age", 100, ByAge.Take(4).ToArray());

        Assert.Empty(part.Groups);
        Assert.Equal("not every age group has a count for 2019-09, so the cohort's shares cannot be worked out", part.Withheld);
    }

    [Fact]
    public void NoPopulation_OrATeamDimension_HasNoComparison()
    {
        var figures = new[]
        {
            new Observation("CLA_COUNT", September, "", 40, ObservationStatus.Validated, null, null),
            new Observation("CLA_COUNT", September, "North", 20, ObservationStatus.Validated, null, null),
            new Observation("CLA_COUNT", September, "South", 20, ObservationStatus.Validated, null, null),
        };
        var panel = new Panel("cypf", "Children's panel") { Breakdowns = [new PanelBreakdown("CLA_COUNT", ["team"])] };

        Assert.Null(ReportBuilder.Build(panel, September, Catalogue, figures, Now, population: Population(2019)).Indicators.Single().Breakdowns.Single().Disproportionality);
        Assert.Null(Compare2(panel, figures));

        static BreakdownDisproportionality? Compare2(Panel panel, Observation[] figures) =>
            ReportBuilder.Build(panel, September, Catalogue, figures, Now).Indicators.Single().Breakdowns.Single().Disproportionality;
    }

    [Theory]
    [InlineData(2019, 9, 2019)]
    [InlineData(2019, 6, 2019)]
    [InlineData(2019, 5, 2018)]
    [InlineData(2025, 1, 2020)]
    public void EstimateYear_IsTheLatestWhose30JuneIsNotAfterThePeriod(int year, int month, int expected) =>
        Assert.Equal(expected, Population(2018, 2019, 2020).EstimateYearFor(ReportingPeriod.Month(year, month)));

    [Fact]
    public void EstimateYear_AllLater_IsNone() =>
        Assert.Null(Population(2020).EstimateYearFor(September));
}
