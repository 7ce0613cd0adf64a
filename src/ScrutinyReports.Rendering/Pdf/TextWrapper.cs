using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Breaks text into lines that fit a width, at spaces, splitting a word only when it alone is too wide. Each word
/// is measured once and lines are summed, and a word too wide for a line is cut a line at a time from a bounded
/// window, so long narratives and long unbroken words alike wrap in linear time.
/// </summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        var space = font.MeasureText(" ");
        foreach (var paragraph in (text ?? string.Empty).Split('\n'))
        {
            var line = new List<string>();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = font.MeasureText(word);
                var needed = line.Count == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= width)
                {
                    line.Add(word);
                    lineWidth = needed;
                    continue;
                }

                if (line.Count > 0)
                {
                    lines.Add(string.Join(' ', line));
                    line.Clear();
                }

                var rest = SplitLongWord(word, font, width, lines);
                line.Add(rest);
                lineWidth = font.MeasureText(rest);
            }

            lines.Add(string.Join(' ', line));
        }

        return lines;
    }

    // Emits the lines a word too wide for one line fills, and returns its last piece (which fits). Skia measures the
    // window glyph by glyph until the width is reached; the window is bounded by how many of the narrowest glyphs a
    // line could hold (a tenth of the font size each), so no piece re-measures the rest of a very long word.
    private static string SplitLongWord(string word, SKFont font, float width, List<string> lines)
    {
        var window = Math.Max(2, (int)(width / (font.Size * 0.1f)) + 2);
        var start = 0;
        while (true)
        {
            var remaining = word.Length - start;
            var fit = (int)font.BreakText(word.AsSpan(start, Math.Min(remaining, window)), width);
            if (fit >= remaining)
            {
                return word[start..];
            }

            fit = Math.Max(1, fit);
            if (fit > 1 && char.IsHighSurrogate(word[start + fit - 1]))
            {
                fit--;
            }

            lines.Add(word.Substring(start, fit));
            start += fit;
        }
    }
}
