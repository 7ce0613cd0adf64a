using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Formatting;

namespace ScrutinyReports.Domain.Tests.Breakdowns;

public sealed class ObservedDimensionTests
{
    [Fact]
    public void NaturalOrder_ReadsNumbersAsNumbers_AndLettersInAnyCase()
    {
        string[] names = ["Team 10", "team 2", "Area b", "Team 1", "Area A", "Team 02", "Team", "10 to 15 years", "5 to 9 years"];

        Assert.Equal(["5 to 9 years", "10 to 15 years", "Area A", "Area b", "Team", "Team 1", "Team 02", "team 2", "Team 10"], names.Order(NaturalOrder.Instance));
    }

    [Fact]
    public void NaturalOrder_IsTotal_SoEqualLookingNamesKeepOneOrder()
    {
        Assert.NotEqual(0, NaturalOrder.Instance.Compare("Team 2", "team 2"));
        Assert.Equal(-NaturalOrder.Instance.Compare("Team 2", "team 2"), NaturalOrder.Instance.Compare("team 2", "Team 2"));
        Assert.Equal(0, NaturalOrder.Instance.Compare("North", "North"));
    }

    [Fact]
    public void Observed_OneCategoryPerNameHoweverWritten_InNaturalOrder()
    {
        var dimension = BreakdownDimension.Observed("team", ["Team 10", "Team 2", "team  2", "North East", "north east"]);

        Assert.NotNull(dimension);
        Assert.Equal(["North East", "Team 2", "Team 10"], dimension.Categories.Select(c => c.Name));
        Assert.True(dimension.TryMatch("TEAM 2", out var matched) && matched.Name == "Team 2");
    }

    [Fact]
    public void Observed_LeavesOutWhatCannotBeACategoryName_AndIsNullWhenNothingIsLeft()
    {
        Assert.Equal(["North"], BreakdownDimension.Observed("team", ["North", "Team=A", " padded "])!.Categories.Select(c => c.Name));
        Assert.Null(BreakdownDimension.Observed("team", ["a=b"]));
        Assert.Null(BreakdownDimension.Observed("team", []));
    }
}
