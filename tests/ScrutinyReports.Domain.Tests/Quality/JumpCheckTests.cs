using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class JumpCheckTests
{
    private static readonly Indicator ClaCount = Indicator("CLA_COUNT", Unit.Count);

    // Monthly figures from January 2019 (null = no figure for that month); the last is judged. Defaults: 3 standard
    // deviations, at least 6 earlier changes.
    // The base series 100, 103, 100, 101, 100, 100, 100 has earlier changes +3, -3, +1, -1, 0, 0: mean 0, sum of
    // squares 20, sample variance 20 / 5 = 4, standard deviation 2. So a latest change beyond +-6 is unusual.
    public static TheoryData<decimal?[], bool> Cases => new()
    {
        { [100, 103, 100, 101, 100, 100, 100, 107], true },    // +7: 3.5 sd
        { [100, 103, 100, 101, 100, 100, 100, 93], true },     // -7: 3.5 sd
        { [100, 103, 100, 101, 100, 100, 100, 106], false },   // +6: exactly 3 sd is not beyond
        { [100, 103, 100, 101, 100, 100, 100, 94], false },    // -6: exactly 3 sd
        { [100, 103, 100, 101, 100, 100, 100, 100], false },   // no change
        // Too short: 103, 100, 101, 100, 100, 100 give 5 earlier changes, fewer than 6, however big the jump.
        { [103, 100, 101, 100, 100, 100, 500], false },
        // A gap breaks the chain: March is missing, so Jan-Feb and Apr-Jul give 1 + 3 = 4 earlier changes.
        { [100, 103, null, 101, 100, 100, 100, 500], false },
        // No figure for the month before the latest: there is no latest month-on-month change.
        { [100, 103, 100, 101, 100, 100, 100, 100, null, 500], false },
        // Standard deviation 0: a count flat at 0 that moves to 1, and a steady rise of exactly 5 a month that leaps.
        { [0, 0, 0, 0, 0, 0, 0, 1], false },
        { [100, 105, 110, 115, 120, 125, 130, 200], false },
        // A steady rise with some noise: earlier changes +10, +12, +8, +10, +12, +8, mean 10, squares of the
        // deviations 0 + 4 + 4 + 0 + 4 + 4 = 16, variance 16 / 5 = 3.2. Another +10 is 0 sd from the mean though 5.6
        // sd from zero; +16 is 6 from the mean, and 36 > 9 x 3.2 = 28.8, so beyond 3 sd (3.35 sd).
        { [100, 110, 122, 130, 140, 152, 160, 170], false },
        { [100, 110, 122, 130, 140, 152, 160, 176], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_LatestChangeAgainstEarlierChanges(decimal?[] values, bool warns)
    {
        var warning = JumpCheck.Check(ClaCount, Monthly("CLA_COUNT", values));

        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(DataQualityWarningKind.UnusualJump, warning.Kind);
            Assert.Equal(ReportingPeriod.Month(2019, 1).Plus(values.Length - 1), warning.Period);
        }
    }

    [Fact]
    public void Check_Message_GivesTheChangeAndTheSpread()
    {
        // +7 against changes averaging 0 with standard deviation 2: 7 / 2 = 3.5 sd.
        var warning = JumpCheck.Check(ClaCount, Monthly("CLA_COUNT", [100, 103, 100, 101, 100, 100, 100, 107]));

        Assert.Equal(
            "Children looked after for August 2019 is 107, up 7 from 100 in July 2019. The 6 earlier month-on-month changes averaged 0.0 with a " +
            "standard deviation of 2.0, so this change is 3.5 standard deviations from the average (the limit is 3). Check the figure before it is relied on.",
            warning?.Message);
    }

    [Fact]
    public void Check_Message_Percent_InPercentagePoints()
    {
        // Earlier changes +10, +12, +8, +10, +12, +8 tenths of a point: mean +1.0, sd sqrt(0.032) = 0.179; the latest
        // change is -5.0, 6.0 from the mean: 6.0 / 0.1789 = 33.5 sd.
        var percent = Indicator("SEEN_5_DAYS", Unit.Percent, 1);
        var series = Monthly("SEEN_5_DAYS", [70.0m, 71.0m, 72.2m, 73.0m, 74.0m, 75.2m, 76.0m, 71.0m], "North");

        var warning = JumpCheck.Check(percent, series);

        Assert.Equal(
            "SEEN_5_DAYS name (North) for August 2019 is 71.0%, down 5.0 percentage points from 76.0% in July 2019. The 6 earlier month-on-month " +
            "changes averaged +1.00 with a standard deviation of 0.18, so this change is 33.5 standard deviations from the average (the limit is 3). " +
            "Check the figure before it is relied on.",
            warning?.Message);
        Assert.Equal("North", warning?.Breakdown);
    }

    [Fact]
    public void Check_Quarterly_SaysQuarterOnQuarter()
    {
        var quarterly = Indicator("QTR", Unit.Count, frequency: Frequency.Quarterly);
        decimal?[] values = [100, 103, 100, 101, 100, 100, 100, 107];
        var series = values.Select((v, i) => Figure("QTR", ReportingPeriod.Quarter(2017, 1).Plus(i), v)).ToList();

        var warning = JumpCheck.Check(quarterly, series);

        Assert.Contains("earlier quarter-on-quarter changes", warning?.Message, StringComparison.Ordinal);
        Assert.StartsWith("QTR name for Q4 2018/19 (January to March 2019) is 107, up 7 from 100 in Q3 2018/19 (October to December 2018).", warning?.Message, StringComparison.Ordinal);
    }

    // The limit and the shortest history are options: +7 is 3.5 sd; the too-short series of 5 earlier changes
    // (-3, +1, -1, 0, 0: mean -0.6, variance 9.2 / 4 = 2.3) makes +400 about 264 sd.
    [Theory]
    [InlineData(new[] { 100, 103, 100, 101, 100, 100, 100, 107 }, "3.5", 6, false)]
    [InlineData(new[] { 100, 103, 100, 101, 100, 100, 100, 107 }, "3.4", 6, true)]
    [InlineData(new[] { 103, 100, 101, 100, 100, 100, 500 }, "3", 5, true)]
    [InlineData(new[] { 103, 100, 101, 100, 100, 100, 500 }, "3", 6, false)]
    public void Check_Options_SetLimitAndLength(int[] values, string deviations, int minimum, bool warns)
    {
        var options = new DataQualityOptions { JumpStandardDeviations = Build.D(deviations), MinimumSeriesForJump = minimum };

        var warning = JumpCheck.Check(ClaCount, Monthly("CLA_COUNT", values.Select(v => (decimal?)v).ToArray()), options);

        Assert.Equal(warns, warning is not null);
    }

    [Fact]
    public void Check_SuppressedLatest_IsSkipped()
    {
        var series = Monthly("CLA_COUNT", [100, 103, 100, 101, 100, 100, 100, 100]).ToList();
        series.Add(Figure("CLA_COUNT", ReportingPeriod.Month(2019, 9), null, ObservationStatus.Suppressed));

        Assert.Null(JumpCheck.Check(ClaCount, series));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Check_OneFigureOrNone_IsSkipped(int count) =>
        Assert.Null(JumpCheck.Check(ClaCount, Monthly("CLA_COUNT", [.. Enumerable.Repeat<decimal?>(100, count)])));

    [Fact]
    public void Check_SeriesNotInOrderOrMixed_Throws()
    {
        var ordered = Monthly("CLA_COUNT", [100, 101, 102]);

        Assert.Throws<ArgumentException>("series", () => JumpCheck.Check(ClaCount, [ordered[1], ordered[0]]));
        Assert.Throws<ArgumentException>("series", () => JumpCheck.Check(ClaCount, [ordered[0], ordered[0]]));
        Assert.Throws<ArgumentException>("series", () => JumpCheck.Check(ClaCount, [ordered[0], Figure("CLA_COUNT", ordered[1].Period, 1m, "North")]));
        Assert.Throws<ArgumentException>("series", () => JumpCheck.Check(ClaCount, [ordered[0], Figure("CLA_RATE", ordered[1].Period, 1m)]));
        Assert.Throws<ArgumentException>("series", () => JumpCheck.Check(ClaCount, [Figure("CLA_COUNT", ReportingPeriod.Quarter(2019, 1), 1m)]));
    }

    /// <summary>Figures from January 2019, one a month; a null leaves that month out.</summary>
    private static List<Observation> Monthly(string id, decimal?[] values, string breakdown = Observation.WholeAuthority) =>
        values.Select((value, i) => (value, period: ReportingPeriod.Month(2019, 1).Plus(i)))
            .Where(x => x.value is not null)
            .Select(x => Figure(id, x.period, x.value, ObservationStatus.Validated, breakdown))
            .ToList();

    [Fact]
    public void Check_SmallCount_ARiseFrom13To16_IsChanceNotAJump()
    {
        // The spread of earlier changes (+0 or +1 a quarter) would make +3 a 4.5 standard-deviation jump; as Poisson
        // counts, 13 and 16 differ by 0.6 standard errors.
        var adoptions = Indicator("ADOPTIONS_COUNT", Unit.Count, frequency: Frequency.Quarterly);
        decimal?[] values = [9, 9, 10, 11, 11, 12, 12, 13, 16];
        var series = values.Select((v, i) => Figure("ADOPTIONS_COUNT", ReportingPeriod.Quarter(2017, 2).Plus(i), v)).ToList();

        Assert.Null(JumpCheck.Check(adoptions, series));
        Assert.Equal(0.55, JumpCheck.SmallCountZ(13, 16), 2);
    }

    [Fact]
    public void Check_SmallCount_BeyondPoissonVariation_IsAJumpInWords()
    {
        var adoptions = Indicator("ADOPTIONS_COUNT", Unit.Count, frequency: Frequency.Quarterly);
        decimal?[] values = [9, 9, 10, 11, 11, 12, 12, 13, 35];
        var series = values.Select((v, i) => Figure("ADOPTIONS_COUNT", ReportingPeriod.Quarter(2017, 2).Plus(i), v)).ToList();

        var warning = JumpCheck.Check(adoptions, series);

        Assert.Equal(
            "Children adopted for Q2 2019/20 (July to September 2019) is 35, up 22 from 13 in Q1 2019/20 (April to June 2019). Counts this small vary by " +
            "chance by about the square root of their size; tested as Poisson counts (on square roots), this change is 3.2 standard errors from no " +
            "change (the limit is 3). Check the figure before it is relied on.",
            warning?.Message);
    }

    [Fact]
    public void Check_SmallCountLimit_IsAnOption()
    {
        // Below the limit the Poisson test is used, whose z for 100 to 107 is 0.5: no warning.
        var warning = JumpCheck.Check(ClaCount, Monthly("CLA_COUNT", [100, 103, 100, 101, 100, 100, 100, 107]), new DataQualityOptions { SmallCountBelow = 1000 });

        Assert.Null(warning);
    }
}
