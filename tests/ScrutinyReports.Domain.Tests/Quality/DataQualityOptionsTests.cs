using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class DataQualityOptionsTests
{
    [Fact]
    public void Default_HasTheDocumentedSettings()
    {
        var options = DataQualityOptions.Default;

        Assert.Equal(3.0m, options.JumpStandardDeviations);
        Assert.Equal(6, options.MinimumSeriesForJump);
        Assert.Equal(2, options.StoppedAfterPeriods);
        Assert.Null(options.RateTolerance);
    }

    // Half a unit of the last shown decimal place.
    [Theory]
    [InlineData(0, "0.5")]
    [InlineData(1, "0.05")]
    [InlineData(2, "0.005")]
    [InlineData(6, "0.0000005")]
    public void RateToleranceFor_Default_IsHalfTheLastPlace(int decimals, string expected) =>
        Assert.Equal(Build.D(expected), DataQualityOptions.Default.RateToleranceFor(Indicator("CLA_RATE", Unit.RatePer10000, decimals)));

    [Fact]
    public void RateToleranceFor_Set_IsUsedAtAnyDecimals() =>
        Assert.Equal(0.2m, new DataQualityOptions { RateTolerance = 0.2m }.RateToleranceFor(Indicator("CLA_RATE", Unit.RatePer10000, 2)));

    [Fact]
    public void Settings_ThatMakeARuleMeaningless_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityOptions { JumpStandardDeviations = 0m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityOptions { MinimumSeriesForJump = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityOptions { StoppedAfterPeriods = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityOptions { RateTolerance = -0.01m });
    }

    [Fact]
    public void Warning_RequiresIndicatorAndMessage()
    {
        Assert.Throws<ArgumentException>(() => new DataQualityWarning(DataQualityWarningKind.Revised, " ", September2019, "", "A message."));
        Assert.Throws<ArgumentException>(() => new DataQualityWarning(DataQualityWarningKind.Revised, "CLA_COUNT", September2019, "", ""));
    }
}
