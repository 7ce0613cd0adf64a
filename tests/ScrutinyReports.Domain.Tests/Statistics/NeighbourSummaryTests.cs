using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class NeighbourSummaryTests
{
    public static TheoryData<double?[], double?, double?, int, int> Cases => new()
    {
        // Ten neighbours, two suppressed. The eight figures sorted: 18.6, 19.8, 20.1, 21.4, 22.0, 22.3, 23.9, 25.0.
        // Mean = 173.1 / 8 = 21.6375 (LAIT); median = (21.4 + 22.0) / 2 = 21.7 (DfE dashboard).
        { [20.1, 22.3, null, 19.8, 25.0, null, 21.4, 23.9, 18.6, 22.0], 21.6375, 21.7, 8, 2 },

        // An odd number with a value: median is the middle one. 1, 2, 9: mean 4, median 2.
        { [9, null, 1, 2], 4.0, 2.0, 3, 1 },

        // Nobody published a figure: no average at all, never zero.
        { [null, null, null], null, null, 0, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_GivesMeanMedianAndCounts(double?[] values, double? mean, double? median, int withValue, int leftOut)
    {
        var summary = NeighbourSummary.Of(values);

        Assert.Equal(mean is null, summary.Mean is null);
        Assert.Equal(mean ?? 0, summary.Mean ?? 0, 1e-9);
        Assert.Equal(median ?? 0, summary.Median ?? 0, 1e-9);
        Assert.Equal(withValue, summary.WithValue);
        Assert.Equal(leftOut, summary.LeftOut);
        Assert.Equal(values.Length, summary.Neighbours);
    }
}
