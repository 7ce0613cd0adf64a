using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The position chart's key reads the council's figure as the rest of the pack does.</summary>
public sealed class PositionKeyTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void DemoPositionKey_ProvisionalLatestFigure_IsMarkedProvisional()
    {
        var rows = new PanelPackView(demo.Report).Themes.SelectMany(theme => theme.Indicators).Where(row => row.HasPosition).ToList();

        var provisional = rows.Where(row => row.IsProvisional).ToList();
        Assert.NotEmpty(provisional);
        Assert.All(provisional, row => Assert.EndsWith("(provisional)", row.PositionKey[0], StringComparison.Ordinal));
        Assert.All(rows.Where(row => !row.IsProvisional), row => Assert.DoesNotContain("provisional", row.PositionKey[0], StringComparison.Ordinal));
    }
}
