namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Places blocks on pages top to bottom. A block that does not fit starts a new page; a table's header row is
/// repeated at the top of each page the table continues on. Blocks that keep with the next one (a heading, a
/// table's header row) wait for it and go to a new page together when the whole run does not fit, so a heading is
/// never left at the foot of a page. Records the page each anchor landed on. Call <see cref="Finish"/> at the end.
/// </summary>
internal sealed class PdfLayout
{
    private const float PageHeight = PdfStyle.Bottom - PdfStyle.Top;

    private readonly List<PdfBlock> kept = [];

    private float y = PdfStyle.Top;

    public List<List<(PdfBlock Block, float Top)>> Pages { get; } = [[]];

    public Dictionary<string, int> AnchorPages { get; } = new(StringComparer.Ordinal);

    /// <summary>While set, a page break inside a table repeats this header row.</summary>
    public RowBlock? RepeatedHeader { get; set; }

    public void Add(PdfBlock block)
    {
        if (block.KeepWithNext)
        {
            kept.Add(block);
            return;
        }

        var together = kept.Sum(k => k.Height) + block.Height;
        if (kept.Count > 0 && y + together > PdfStyle.Bottom && y > PdfStyle.Top && together <= PageHeight)
        {
            BreakBefore(kept[0]);
        }

        Finish();
        Fit(block);
    }

    /// <summary>Places blocks still waiting for a next one (the document ended after a heading).</summary>
    public void Finish()
    {
        foreach (var waiting in kept)
        {
            Fit(waiting);
        }

        kept.Clear();
    }

    public void NewPage()
    {
        if (Pages[^1].Count > 0)
        {
            Pages.Add([]);
        }

        y = PdfStyle.Top;
    }

    private void Fit(PdfBlock block)
    {
        if (y + block.Height > PdfStyle.Bottom && y > PdfStyle.Top)
        {
            BreakBefore(block);
        }

        Place(block);
    }

    private void BreakBefore(PdfBlock block)
    {
        NewPage();
        if (RepeatedHeader is not null && block is RowBlock { IsHeader: false })
        {
            Place(RepeatedHeader);
        }
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
