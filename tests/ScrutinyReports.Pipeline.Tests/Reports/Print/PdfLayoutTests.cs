using ScrutinyReports.Rendering.Pdf;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>How blocks that keep with the next one fall at a page break.</summary>
public sealed class PdfLayoutTests
{
    private const float PageRoom = PdfStyle.Bottom - PdfStyle.Top;

    [Fact]
    public void Add_HeadingAndDefinitionThatFitButNotWithTheirParagraph_GoTogetherToTheNextPage()
    {
        var layout = new PdfLayout();
        var heading = new GapBlock(20) { KeepWithNext = true };
        var definition = new GapBlock(30) { KeepWithNext = true };
        var paragraph = new GapBlock(60);

        layout.Add(new GapBlock(PageRoom - 100));
        layout.Add(heading);
        layout.Add(definition);
        layout.Add(paragraph);
        layout.Finish();

        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal([heading, definition, paragraph], layout.Pages[1].Select(placed => (PdfBlock)placed.Block));
        Assert.Equal(PdfStyle.Top, layout.Pages[1][0].Top);
    }

    [Fact]
    public void Add_KeptRunThatFitsWithItsNextBlock_StaysOnThePage()
    {
        var layout = new PdfLayout();

        layout.Add(new GapBlock(PageRoom - 100));
        layout.Add(new GapBlock(20) { KeepWithNext = true });
        layout.Add(new GapBlock(70));

        Assert.Single(layout.Pages);
        Assert.Equal(3, layout.Pages[0].Count);
    }

    [Fact]
    public void Add_KeptRunTallerThanAPage_IsPlacedInTurnWithoutAnEmptyPage()
    {
        var layout = new PdfLayout();

        layout.Add(new GapBlock(100));
        layout.Add(new GapBlock(PageRoom - 50) { KeepWithNext = true });
        layout.Add(new GapBlock(PageRoom - 50));

        Assert.Equal(3, layout.Pages.Count);
        Assert.All(layout.Pages, page => Assert.NotEmpty(page));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void Table_BreakingAfterAllButItsLastRow_CarriesTheRowBeforeItToo(int rowsThatFit)
    {
        using var ink = new PdfInk(PdfFonts.Whole);
        var rows = Enumerable.Range(1, rowsThatFit + 1).Select(i => (IReadOnlyList<PdfCell>)[new PdfCell($"Row {i}"), new PdfCell("Figure")]).ToList();
        var rowHeight = new RowBlock(ink, rows[0], [200, 200]).Height;
        var layout = new PdfLayout();

        // Room for the header and all rows but the last: the last may not stand alone at the head of the next page.
        layout.Add(new GapBlock(PageRoom - ((rowsThatFit + 1) * rowHeight) - 2));
        PdfPackContent.Table(layout, ink, ["Indicator", "Latest"], [1, 1], rows);
        layout.Finish();

        var carried = layout.Pages[^1].Select(placed => placed.Block).OfType<RowBlock>().Where(row => !row.IsHeader).Count();
        Assert.Equal(2, layout.Pages.Count);
        Assert.True(carried >= 2, $"{carried} body row(s) on the second page");
        Assert.NotEqual(1, layout.Pages[0].Select(placed => placed.Block).OfType<RowBlock>().Count(row => !row.IsHeader));
    }

    [Fact]
    public void Finish_AfterAHeadingWithNothingFollowing_StillPlacesIt()
    {
        var layout = new PdfLayout();

        layout.Add(new GapBlock(20) { KeepWithNext = true });
        layout.Finish();

        Assert.Single(Assert.Single(layout.Pages));
    }
}
