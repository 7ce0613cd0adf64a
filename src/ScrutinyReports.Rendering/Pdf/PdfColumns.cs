namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Column widths for a table across the text width: shared out by weight, but never narrower than the longest word
/// in the column (header included), so no word is broken mid-word. Columns with room to spare give it up, in
/// proportion to their spare room, to columns that need it.
/// </summary>
internal static class PdfColumns
{
    public static float[] Fit(PdfInk ink, IReadOnlyList<float> weights, IEnumerable<(IReadOnlyList<PdfCell> Cells, bool IsHeader)> rows)
    {
        var total = weights.Sum();
        var shares = weights.Select(weight => weight / total * PdfStyle.Width).ToArray();
        var least = new float[weights.Count];
        foreach (var (cells, isHeader) in rows)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var font = ink.Font(cells[c].Bold || isHeader, cells[c].Size);
                var longest = cells[c].Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(word => font.MeasureText(word)).DefaultIfEmpty(0).Max();
                least[c] = Math.Max(least[c], longest + (2 * PdfStyle.Padding) + 1);
            }
        }

        var widths = shares.Select((share, c) => Math.Max(share, least[c])).ToArray();
        var excess = widths.Sum() - PdfStyle.Width;
        var spare = widths.Select((width, c) => width - least[c]).Sum();
        if (excess <= 0 || spare <= 0)
        {
            return widths;
        }

        // If even the narrowest widths overflow, the longest words are split after all (the wrapper's fallback).
        var give = Math.Min(1f, excess / spare);
        return widths.Select((width, c) => width - ((width - least[c]) * give)).ToArray();
    }
}
