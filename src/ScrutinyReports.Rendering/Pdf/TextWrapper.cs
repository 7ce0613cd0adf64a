using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Breaks text into lines that fit a width, at spaces, splitting a word only when it alone is too wide. Each word
/// is measured once and lines are summed, so long narratives wrap in linear time.
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

                var rest = word;
                while (font.MeasureText(rest) > width && rest.Length > 1)
                {
                    var fit = rest.Length - 1;
                    while (fit > 1 && font.MeasureText(rest.AsSpan(0, fit)) > width)
                    {
                        fit--;
                    }

                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                }

                line.Add(rest);
                lineWidth = font.MeasureText(rest);
            }

            lines.Add(string.Join(' ', line));
        }

        return lines;
    }
}
