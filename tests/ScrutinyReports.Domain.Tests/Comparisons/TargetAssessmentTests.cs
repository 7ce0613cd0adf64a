using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Comparisons;

public class TargetAssessmentTests
{
    // Every boundary: on the bound, just inside, at the edge of the tolerance band, just beyond it.
    [Theory]
    [InlineData(">=80", "5", "80", true, "0", Rag.Green)]
    [InlineData(">=80", "5", "80.1", true, "0", Rag.Green)]
    [InlineData(">=80", "5", "79.9", false, "-0.1", Rag.Amber)]
    [InlineData(">=80", "5", "75", false, "-5", Rag.Amber)]
    [InlineData(">=80", "5", "74.9", false, "-5.1", Rag.Red)]
    [InlineData(">=80", "0", "79.9", false, "-0.1", Rag.Red)]
    [InlineData("<=426", "30", "426", true, "0", Rag.Green)]
    [InlineData("<=426", "30", "456", false, "30", Rag.Amber)]
    [InlineData("<=426", "30", "457", false, "31", Rag.Red)]
    [InlineData("550-580", "10", "550", true, "0", Rag.Green)]
    [InlineData("550-580", "10", "580", true, "0", Rag.Green)]
    [InlineData("550-580", "10", "565", true, "0", Rag.Green)]
    [InlineData("550-580", "10", "540", false, "-10", Rag.Amber)]
    [InlineData("550-580", "10", "539", false, "-11", Rag.Red)]
    [InlineData("550-580", "10", "590", false, "10", Rag.Amber)]
    [InlineData("550-580", "10", "591", false, "11", Rag.Red)]
    public void Of_Value_GivesMetGapAndRag(string target, string tolerance, string value, bool met, string gap, Rag rag)
    {
        var polarity = target.StartsWith("<=", StringComparison.Ordinal) ? Polarity.LowerIsBetter : target.Contains('-', StringComparison.Ordinal) ? Polarity.Neutral : Polarity.HigherIsBetter;
        var assessment = TargetAssessment.Of(TargetPattern.Parse(target, polarity).Value!, D(value), D(tolerance));

        Assert.Equal(met, assessment.Met);
        Assert.Equal(D(gap), assessment.Gap);
        Assert.Equal(rag, assessment.Rag);
    }
}
