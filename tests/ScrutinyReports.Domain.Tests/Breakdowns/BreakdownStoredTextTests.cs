using ScrutinyReports.Domain.Breakdowns;

namespace ScrutinyReports.Domain.Tests.Breakdowns;

/// <summary>The key stores use: a team keeps the bare name free-text breakdowns were always stored under.</summary>
public class BreakdownStoredTextTests
{
    [Theory]
    [InlineData("team=North", "North")]
    [InlineData("Team = North", "North")]
    [InlineData("North", "North")]
    [InlineData("locality=East", "locality=East")]
    [InlineData("Locality = East", "locality=East")]
    [InlineData("age=10 to 15 years", "age=10 to 15 years")]
    [InlineData("", "")]
    public void StoredText_IsOneFormForEachWayOfWritingIt(string text, string stored)
    {
        Assert.Equal(stored, BreakdownText.Parse(text).Value.StoredText);
    }

    [Theory]
    [InlineData("North")]
    [InlineData("North locality")]
    [InlineData("North/East #1? 50% 'A|B' ~ Ynys Môn\t")]
    [InlineData("  padded  ")]
    [InlineData("team=North")]
    [InlineData("a=b=c")]
    [InlineData("Area = North")]
    public void FromStored_OldFreeText_ReadsAsTheTeamOfThatExactName(string stored)
    {
        var breakdown = Breakdown.FromStored(stored);

        Assert.Equal(("team", stored), (breakdown.Dimension, breakdown.Category));
        Assert.Equal(stored, breakdown.StoredText);
    }

    [Theory]
    [InlineData("locality=East", "locality", "East")]
    [InlineData("sex=Female", "sex", "Female")]
    [InlineData("", "", "")]
    public void FromStored_CanonicalKey_ReadsBackItsDimensionAndCategory(string stored, string dimension, string category)
    {
        var breakdown = Breakdown.FromStored(stored);

        Assert.Equal((dimension, category, stored), (breakdown.Dimension, breakdown.Category, breakdown.StoredText));
    }

    [Fact]
    public void Of_RefusesWhatParsingRefuses()
    {
        Assert.Equal("age=Under 1 year", Breakdown.Of("age", "Under 1 year").Text);
        Assert.Throws<ArgumentException>(() => Breakdown.Of("Local authority", "North"));
        Assert.Throws<ArgumentException>(() => Breakdown.Of("team", "a=b"));
        Assert.Throws<ArgumentException>(() => Breakdown.Of("team", " "));
    }
}
