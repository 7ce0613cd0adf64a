using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Comparators;

/// <summary>Which year of published comparators a figure is set against, for a council's own comparators and for borrowed ones.</summary>
public sealed class BorrowedComparatorsTests
{
    private static readonly ReportingPeriod September2019 = ReportingPeriod.Month(2019, 9);

    // Only 2020/21 onwards published, as the DfE's children looked after files.
    private static readonly Comparator[] LaterOnly =
    [
        new("CLA_RATE", ComparatorKind.England, "England", ReportingPeriod.FinancialYear(2021), 70m),
        new("CLA_RATE", ComparatorKind.England, "England", ReportingPeriod.FinancialYear(2020), 69m),
    ];

    [Fact]
    public void For_OwnComparators_NoYearEndedByThen_GivesNone()
    {
        var set = new ComparatorSet("336", "2025", LaterOnly, []);

        Assert.Empty(set.For("CLA_RATE", September2019).Comparators);
    }

    [Fact]
    public void For_BorrowedComparators_NoYearEndedByThen_GivesTheEarliestPublishedYear()
    {
        var set = new ComparatorSet("336", "2025", LaterOnly, []) { Borrowed = new BorrowedComparators("336", "Wolverhampton", "West Midlands") };

        var comparator = Assert.Single(set.For("CLA_RATE", September2019).Comparators);

        Assert.Equal((ReportingPeriod.FinancialYear(2020), 69m), (comparator.Period, comparator.Value));
    }

    [Fact]
    public void For_BorrowedComparators_AYearEndedByThen_GivesTheLatestSuchYear()
    {
        var set = new ComparatorSet("336", "2025", LaterOnly, []) { Borrowed = new BorrowedComparators("336", "Wolverhampton", "West Midlands") };

        var comparator = Assert.Single(set.For("CLA_RATE", ReportingPeriod.Month(2022, 9)).Comparators);

        Assert.Equal((ReportingPeriod.FinancialYear(2021), 70m), (comparator.Period, comparator.Value));
    }

    [Fact]
    public void Statement_NamesTheAuthorityItsRegionAndThatTheFiguresAreFictional()
    {
        Assert.Equal(
            "The council's own figures are fictional. The comparators are real published Department for Education figures for Wolverhampton's region (West Midlands), England and Wolverhampton's statistical neighbours, each with its year.",
            new BorrowedComparators("336", "Wolverhampton", "West Midlands").Statement);
    }
}
