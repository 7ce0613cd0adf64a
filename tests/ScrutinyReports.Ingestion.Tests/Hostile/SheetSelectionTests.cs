using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>Which sheet of a workbook holds the figures: visible sheets only, and the one whose headings fit.</summary>
public sealed class SheetSelectionTests
{
    private static Action<XlsxSheetBuilder> Figures(double value) => s => s
        .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
        .SharedString("A2", "CLA_COUNT").SharedString("B2", "2019-09").Number("C2", value);

    private static Action<XlsxSheetBuilder> Notes => s => s
        .SharedString("A1", "How to fill in this workbook")
        .SharedString("A2", "Enter one figure per row on the Data sheet.");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_HiddenFirstSheetWithStaleFigures_ReadsTheVisibleSheet(bool veryHidden)
    {
        var workbook = new XlsxWorkbookBuilder()
            .Sheet("Old", Figures(111))
            .Sheet("Data", Figures(588))
            .Hide("Old", veryHidden);

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(588m, Assert.Single(observations).Value);
    }

    [Fact]
    public void Read_NotesSheetBeforeTheData_ReadsTheSheetWhoseHeadingsFit()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Read me", Notes).Sheet("Data", Figures(588));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(588m, Assert.Single(observations).Value);
    }

    [Fact]
    public void Read_TwoVisibleSheetsOfFigures_IsRefusedNamingBoth()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("2019", Figures(580)).Sheet("2020", Figures(588));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Null(error.Row);
        Assert.Contains("sheets \"2019\" and \"2020\" both have", error.Message, StringComparison.Ordinal);
        Assert.Contains("hide or delete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoVisibleSheetFits_IsRefusedNamingTheSheets()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Read me", Notes).Sheet("Chart data", Notes).Sheet("Hidden data", Figures(1)).Hide("Hidden data");

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Contains("none of the visible sheets (\"Read me\", \"Chart data\") has", error.Message, StringComparison.Ordinal);
        Assert.Contains("hidden sheets are not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneVisibleSheetThatDoesNotFit_ReportsItsOwnHeaderProblem()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s.SharedString("A1", "indicator").SharedString("B1", "period")).Sheet("Stale", Figures(1)).Hide("Stale");

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Contains("missing required column \"value\"", Assert.Single(diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCatalogue_HiddenFirstSheet_ReadsTheVisibleSheet()
    {
        static Action<XlsxSheetBuilder> Catalogue(string name) => s => s
            .SharedString("A1", "id").SharedString("B1", "name").SharedString("C1", "unit").SharedString("D1", "polarity").SharedString("E1", "frequency")
            .SharedString("A2", "CLA_COUNT").SharedString("B2", name).SharedString("C2", "count").SharedString("D2", "neutral").SharedString("E2", "monthly");
        var workbook = new XlsxWorkbookBuilder().Sheet("Old", Catalogue("Old name")).Sheet("Catalogue", Catalogue("Children looked after")).Hide("Old");
        var diagnostics = new UploadDiagnostics();

        var indicators = CatalogueReader.Read(workbook.ToStream(), "catalogue.xlsx", diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal("Children looked after", Assert.Single(indicators).Name);
    }
}
