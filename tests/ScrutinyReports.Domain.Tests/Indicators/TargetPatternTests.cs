using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Tests.Indicators;

public class TargetPatternTests
{
    [Theory]
    [InlineData(">=80", Polarity.HigherIsBetter, "80", null)]
    [InlineData(">= 80%", Polarity.HigherIsBetter, "80", null)]
    [InlineData("≥80", Polarity.Neutral, "80", null)]
    [InlineData("<=6", Polarity.LowerIsBetter, null, "6")]
    [InlineData("550-580", Polarity.Neutral, "550", "580")]
    [InlineData("95", Polarity.HigherIsBetter, "95", null)]
    [InlineData("426", Polarity.LowerIsBetter, null, "426")]
    [InlineData("17.5", Polarity.LowerIsBetter, null, "17.5")]
    public void Parse_ReadsEveryForm(string text, Polarity polarity, string? minimum, string? maximum)
    {
        var result = TargetPattern.Parse(text, polarity);

        Assert.True(result.Success, result.Expected);
        Assert.Equal(minimum is null ? null : decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture), result.Value!.Minimum);
        Assert.Equal(maximum is null ? null : decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture), result.Value!.Maximum);
    }

    [Fact]
    public void Parse_Empty_IsNoTarget()
    {
        Assert.Null(TargetPattern.Parse("  ", Polarity.HigherIsBetter).Value);
    }

    [Theory]
    [InlineData("80", Polarity.Neutral, "cannot be read for a neutral indicator")]
    [InlineData("580-550", Polarity.Neutral, "lower bound first")]
    [InlineData(">=eighty", Polarity.HigherIsBetter, "empty, >=N")]
    public void Parse_Bad_SaysWhy(string text, Polarity polarity, string expected)
    {
        var result = TargetPattern.Parse(text, polarity);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Expected, StringComparison.Ordinal);
    }
}
