using System.Globalization;
using System.Text;

namespace ScrutinyReports.Rendering.Pdf.Outlines;

/// <summary>An outline item while the outline is written: its place in the tree and its object number.</summary>
internal sealed class OutlineNode(string title, string destination, int level)
{
    public List<OutlineNode> Children { get; } = [];

    public OutlineNode? Parent { get; set; }

    public OutlineNode? Previous { get; set; }

    public OutlineNode? Next { get; set; }

    public int Number { get; set; }

    /// <summary>Items at the top level are shown open; deeper items with children start folded.</summary>
    public bool Open => level == 0;

    /// <summary>How many items beneath this one a viewer shows (none while it is folded).</summary>
    public int Visible => Open ? Shown : 0;

    // The items beneath this one that show once it is opened: its children and what they show.
    private int Shown => Children.Sum(child => 1 + child.Visible);

    public IEnumerable<OutlineNode> SelfAndDescendants() => Children.SelectMany(child => child.SelfAndDescendants()).Prepend(this);

    public string Dictionary(int outlines)
    {
        var entries = new StringBuilder();
        entries.Append(CultureInfo.InvariantCulture, $"<</Title <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title))}>\n/Parent {Parent?.Number ?? outlines} 0 R");
        if (Previous is not null)
        {
            entries.Append(CultureInfo.InvariantCulture, $"\n/Prev {Previous.Number} 0 R");
        }

        if (Next is not null)
        {
            entries.Append(CultureInfo.InvariantCulture, $"\n/Next {Next.Number} 0 R");
        }

        if (Children.Count > 0)
        {
            // A positive count shows the item open, a negative one folded (PDF 32000-1 table 153).
            entries.Append(CultureInfo.InvariantCulture, $"\n/First {Children[0].Number} 0 R\n/Last {Children[^1].Number} 0 R\n/Count {(Open ? Shown : -Shown)}");
        }

        entries.Append(CultureInfo.InvariantCulture, $"\n/Dest {destination}>>");
        return entries.ToString();
    }
}
