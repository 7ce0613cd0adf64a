using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>The target cell of a theme table names the values that rate amber, as the rating counts them.</summary>
public class TargetAndToleranceTests
{
    public static TheoryData<Unit, Polarity, string?, decimal, string> Cases => new()
    {
        { Unit.Percent, Polarity.HigherIsBetter, ">=70", 5m, "At least 70% (amber from 65%)" },
        { Unit.Percent, Polarity.HigherIsBetter, ">=80", 0m, "At least 80%" },
        { Unit.Percent, Polarity.LowerIsBetter, "<=22", 3m, "No more than 22% (amber up to 25%)" },
        { Unit.Percent, Polarity.LowerIsBetter, "<=17.5", 2.5m, "No more than 17.5% (amber up to 20%)" },
        { Unit.Days, Polarity.LowerIsBetter, "<=426", 30m, "No more than 426 days (amber up to 456 days)" },
        { Unit.Count, Polarity.Neutral, "550-600", 20m, "550 to 600 (amber from 530 or up to 620)" },
        { Unit.Percent, Polarity.HigherIsBetter, ">=5", 10m, "At least 5% (amber from 0%)" },
        { Unit.Percent, Polarity.HigherIsBetter, null, 5m, "No target" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TargetAndTolerance_NamesTheAmberBand(Unit unit, Polarity polarity, string? target, decimal tolerance, string expected)
    {
        var indicator = new Indicator("TEST", "Test", "Theme", unit, polarity, Frequency.Monthly, 1, TargetPattern.Parse(target, polarity).Value, tolerance, "A test indicator.");

        Assert.Equal(expected, DisplayText.TargetAndTolerance(indicator));
    }
}
