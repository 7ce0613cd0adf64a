namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Places blocks on pages top to bottom. A block that does not fit starts a new page; a table's header row is
/// repeated at the top of each page the table continues on. Records the page each anchor landed on.
/// </summary>
internal sealed class PdfLayout
{
    private float y = PdfStyle.Top;

    public List<List<(PdfBlock Block, float Top)>> Pages { get; } = [[]];

    public Dictionary<string, int> AnchorPages { get; } = new(StringComparer.Ordinal);

    /// <summary>While set, a page break inside a table repeats this header row.</summary>
    public RowBlock? RepeatedHeader { get; set; }

    public void Add(PdfBlock block)
    {
        if (y + block.Height + block.KeepWithNext > PdfStyle.Bottom && y > PdfStyle.Top)
        {
            NewPage();
            if (RepeatedHeader is not null && block is RowBlock { IsHeader: false })
            {
                Place(RepeatedHeader);
            }
        }

        Place(block);
    }

    public void NewPage()
    {
        if (Pages[^1].Count > 0)
        {
            Pages.Add([]);
        }

        y = PdfStyle.Top;
    }

    private void Place(PdfBlock block)
    {
        Pages[^1].Add((block, y));
        if (block.Anchor is { } anchor)
        {
            AnchorPages[anchor] = Pages.Count - 1;
        }

        y += block.Height;
    }
}
