using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Pipeline.Tests.Panels;

/// <summary>A panel's chair and the days past due before they are told of a follow-up item.</summary>
public class PanelChairTests
{
    [Fact]
    public void Read_ChairAndThreshold()
    {
        var panel = Read("""{"id": "cypf", "name": "x", "chair": {"name": " Cllr Ada ", "email": "ada@council.example"}, "chairOverdueDays": 21}""").Panel!;

        Assert.Equal((new PanelChair("Cllr Ada", "ada@council.example"), 21), (panel.Chair, panel.ChairOverdueDays));
        Assert.Equal((null, null), (Read("""{"id": "cypf", "name": "x"}""").Panel!.Chair, (int?)null));
    }

    [Theory]
    [InlineData("""{"chair": {"name": "Cllr Ada"}}""", "panel.json (chair.email): expected the chair's e-mail address; found nothing")]
    [InlineData("""{"chair": {"name": "", "email": "ada@council.example"}}""", "panel.json (chair.name): expected the chair's name")]
    [InlineData("""{"chair": {"name": "Cllr Ada", "email": "ada@council.example", "telephone": "01632"}}""", "panel.json (chair): expected only name and email")]
    [InlineData("""{"chairOverdueDays": -1}""", "panel.json (chairOverdueDays): expected how many days past due")]
    [InlineData("""{"chairOverdueDays": 400}""", "panel.json (chairOverdueDays): expected how many days past due")]
    public void Read_BadChair_ErrorNamesTheField(string extra, string error)
    {
        var result = Read("""{"id": "cypf", "name": "x", """ + extra[1..]);

        Assert.Null(result.Panel);
        Assert.StartsWith(error, Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void InputFingerprint_ChairChanged_SameFingerprint_AndTheChairIsStored()
    {
        var panel = new Panel("cypf", "Children's panel");
        var month = ReportingPeriod.Month(2019, 9);
        var chaired = panel with { Chair = new PanelChair("Cllr Ada", "ada@council.example"), ChairOverdueDays = 7 };

        Assert.Equal(InputFingerprint.Of(panel, month, IndicatorCatalogue.Empty, [], null), InputFingerprint.Of(chaired, month, IndicatorCatalogue.Empty, [], null));
        var copy = System.Text.Json.JsonSerializer.Deserialize<Panel>(System.Text.Json.JsonSerializer.Serialize(chaired))!;
        Assert.Equal((chaired.Chair, 7), (copy.Chair, copy.ChairOverdueDays));
        Assert.DoesNotContain("Chair", System.Text.Json.JsonSerializer.Serialize(panel), StringComparison.Ordinal);
    }

    private static PanelReadResult Read(string json) => PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "panel.json");
}
