using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Pipeline.Tests.Panels;

/// <summary>A panel's readers: the Entra groups (object ids) whose members may read its reports on the members' pages.</summary>
public class PanelReadersTests
{
    private const string Group = "6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93";

    [Fact]
    public void Read_Readers_ObjectIdsAsEntraWritesThem()
    {
        var panel = Read("""{"id": "cpb", "name": "x", "audience": "internal", "readers": ["6A1F3C52-7D4E-4B8A-9F0E-2C5D8B7A1E93", " 0b7e4d19-3c2a-4f65-8e1d-9a4c7b2e5f10 "]}""").Panel!;

        Assert.Equal([Group, "0b7e4d19-3c2a-4f65-8e1d-9a4c7b2e5f10"], panel.Readers);
    }

    [Fact]
    public void Read_NoReaders_LeavesThemNull()
    {
        Assert.Null(Read("""{"id": "cpb", "name": "x", "readers": []}""").Panel!.Readers);
        Assert.Null(Read("""{"id": "cpb", "name": "x"}""").Panel!.Readers);
    }

    [Theory]
    [InlineData("""["Councillors"]""", "panel.json (readers[0]): expected the object id of a Microsoft Entra group")]
    [InlineData("""["6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e9"]""", "panel.json (readers[0]): expected the object id of a Microsoft Entra group")]
    [InlineData("""["{6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93}"]""", "panel.json (readers[0]): expected the object id of a Microsoft Entra group")]
    [InlineData("""[null]""", "panel.json (readers[0]): expected the object id of a Microsoft Entra group")]
    [InlineData("""["6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93", "6A1F3C52-7D4E-4B8A-9F0E-2C5D8B7A1E93"]""", "panel.json (readers[1]): \"6A1F3C52-7D4E-4B8A-9F0E-2C5D8B7A1E93\" is given twice")]
    public void Read_BadReader_ErrorNamesTheEntry(string readers, string error)
    {
        var result = Read($$"""{"id": "cpb", "name": "x", "readers": {{readers}}}""");

        Assert.Null(result.Panel);
        Assert.StartsWith(error, Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void InputFingerprint_ReadersChanged_SameFingerprintSoNoNewVersion()
    {
        var panel = new Panel("cpb", "Corporate Parenting Board") { Audience = Audience.Internal };
        var month = ReportingPeriod.Month(2019, 9);

        var without = InputFingerprint.Of(panel, month, IndicatorCatalogue.Empty, [], null);
        var with = InputFingerprint.Of(panel with { Readers = [Group] }, month, IndicatorCatalogue.Empty, [], null);
        var renamed = InputFingerprint.Of(panel with { Name = "Corporate Parenting Panel" }, month, IndicatorCatalogue.Empty, [], null);

        Assert.Equal(without, with);
        Assert.NotEqual(without, renamed);
    }

    [Fact]
    public void StoredPanel_KeepsItsReaders()
    {
        var panel = new Panel("cpb", "x") { Readers = [Group] };

        var copy = System.Text.Json.JsonSerializer.Deserialize<Panel>(System.Text.Json.JsonSerializer.Serialize(panel))!;

        Assert.Equal([Group], copy.Readers);
        Assert.DoesNotContain("Readers", System.Text.Json.JsonSerializer.Serialize(new Panel("cpb", "x")), StringComparison.Ordinal);
    }

    private static PanelReadResult Read(string json) => PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "panel.json");
}
