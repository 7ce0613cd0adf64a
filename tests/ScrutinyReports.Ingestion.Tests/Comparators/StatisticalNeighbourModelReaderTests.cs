using ScrutinyReports.Ingestion.Comparators;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class StatisticalNeighbourModelReaderTests
{
    // grep -E '^(336|335),' sn_model_2025_wide.csv
    //   336,Wolverhampton,8,West Midlands,333,Very close,861,Very close,335,Very close,810,Very close,354,Close ,331,Close ,371,Close ,831,Close ,806,Close ,812,Close
    //   335,Walsall,8,West Midlands,354,Very close,861,Very close,357,Very close,336,Very close,371,Very close,831,Very close,350,Very close,372,Very close,812,Close ,333,Close
    // grep -E '^(336|335),' New_Statistical_Neighbour_Groupings_April_2021.csv
    //   336,Wolverhampton,336,8,West Midlands,333,Very Close,892,Close,335,Close,331,Close,330,Close,831,Close,852,Somewhat close,373,Somewhat close,874,Somewhat close,861,Somewhat close,
    //   335,Walsall,335,8,West Midlands,831,Very Close,354,Very Close,874,Very Close,861,Very Close,350,Very Close,357,Very Close,332,Very Close,333,Very Close,382,Close,894,Close,
    [Theory]
    [InlineData("sn_model_2025_wide.csv", "336", "Wolverhampton", "333,861,335,810,354,331,371,831,806,812")]
    [InlineData("sn_model_2025_wide.csv", "335", "Walsall", "354,861,357,336,371,831,350,372,812,333")]
    [InlineData("New_Statistical_Neighbour_Groupings_April_2021.csv", "336", "Wolverhampton", "333,892,335,331,330,831,852,373,874,861")]
    [InlineData("New_Statistical_Neighbour_Groupings_April_2021.csv", "335", "Walsall", "831,354,874,861,350,357,332,333,382,894")]
    public void Read_GivesTenNeighboursInOrder(string fileName, string laCode, string name, string neighbours)
    {
        var model = Read(fileName);

        Assert.True(model.TryGetGroup(laCode, out var group));
        Assert.Equal(name, group.LaName);
        Assert.Equal("West Midlands", group.RegionName);
        Assert.Equal(neighbours.Split(','), model.NeighboursOf(laCode));
        Assert.Equal(Enumerable.Range(1, 10), group.Neighbours.Select(n => n.Rank));
    }

    [Theory]
    [InlineData("sn_model_2025_wide.csv", "336", 5, "Close")]
    [InlineData("sn_model_2025_wide.csv", "336", 1, "Very close")]
    [InlineData("New_Statistical_Neighbour_Groupings_April_2021.csv", "336", 7, "Somewhat close")]
    public void Read_KeepsClosenessTrimmed(string fileName, string laCode, int rank, string closeness)
    {
        Assert.True(Read(fileName).TryGetGroup(laCode, out var group));
        Assert.Equal(closeness, group.Neighbours[rank - 1].Closeness);
    }

    // sn_model_2025_wide.csv has 153 authorities (154 lines with the header). The 2021 file has 152 current
    // authorities (lines 2-153), then a blank row, a row reading ",Old SNs:", another blank row and 4 superseded
    // authorities (Dorset, Poole and Bournemouth before 2019, and Northamptonshire): 156 groups.
    [Theory]
    [InlineData("sn_model_2025_wide.csv", 153)]
    [InlineData("New_Statistical_Neighbour_Groupings_April_2021.csv", 156)]
    public void Read_SkipsBlankRows(string fileName, int authorities) =>
        Assert.Equal(authorities, Read(fileName).Groups.Count);

    [Fact]
    public void NeighboursOf_UnknownAuthority_IsEmpty() =>
        Assert.Empty(Read("sn_model_2025_wide.csv").NeighboursOf("999"));

    private static StatisticalNeighbourModel Read(string fileName)
    {
        using var file = DfeData.Open(fileName);
        return StatisticalNeighbourModelReader.Read(file);
    }
}
