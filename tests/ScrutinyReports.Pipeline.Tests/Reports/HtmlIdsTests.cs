using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>Ids and anchors the HTML builds from indicator ids, which come from uploads.</summary>
public sealed class HtmlIdsTests
{
    [Theory]
    [InlineData("CLA_COUNT", "chart-cla-count")]
    [InlineData("CIN-SEEN-5D", "chart-cin-seen-5d")]
    [InlineData("INJ\"><script>alert(1)</script>", "chart-inj_22__3e__3c_script_3e_alert_28_1_29__3c__2f_script_3e_")]
    [InlineData("a b", "chart-a_20_b")]
    public void From_AnyIndicatorId_OnlyLettersDigitsHyphensAndCodes(string id, string expected)
    {
        var value = HtmlIds.From("chart-", id);

        Assert.Equal(expected, value);
        Assert.Matches("^[a-z0-9_-]+$", value);
    }

    [Fact]
    public void From_IdsThatDifferOnlyInAnUnsafeCharacter_StayDifferent()
    {
        Assert.NotEqual(HtmlIds.From("x-", "A.B"), HtmlIds.From("x-", "A/B"));
    }
}
