using System.Net;
using System.Text;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>
/// A message's content as a few kinds of block, written once and rendered twice: as plain text and as a small,
/// accessible HTML document (language, title, one heading, real lists and tables), so both parts always say the same.
/// </summary>
public sealed class MessageDocument(string subject)
{
    private readonly List<Block> blocks = [];

    public string Subject { get; } = subject;

    public MessageDocument Paragraph(string text)
    {
        blocks.Add(new Block(BlockKind.Paragraph, [text]));
        return this;
    }

    public MessageDocument Heading(string text)
    {
        blocks.Add(new Block(BlockKind.Heading, [text]));
        return this;
    }

    public MessageDocument List(IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            blocks.Add(new Block(BlockKind.List, list));
        }

        return this;
    }

    public MessageDocument Link(string text, string url)
    {
        blocks.Add(new Block(BlockKind.Link, [text, url]));
        return this;
    }

    /// <summary>
    /// A table with a header row; the first cell of each row heads that row. One of <see cref="StackFrom"/> columns or
    /// more is shown on a phone as a block per row, each cell under its column's name, rather than squeezed into narrow
    /// columns that break words apart (where the mail client keeps the style sheet; elsewhere it stays a plain table).
    /// </summary>
    public MessageDocument Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var body = rows.ToList();
        if (body.Count > 0)
        {
            blocks.Add(new Block(BlockKind.Table, [caption], headers, body));
        }

        return this;
    }

    public const int StackFrom = 4;

    // The portal's pattern (PortalStyles): on a narrow screen a wide table's rows become blocks and each cell is labelled.
    private const string PhoneStyles = "<style>\n@media (max-width: 40rem) {\n" +
        "  table.stack, table.stack caption, table.stack thead, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }\n" +
        "  table.stack thead { position: absolute; left: -9999px; }\n" +
        "  table.stack tbody tr { border: 1px solid #b1b4b6; margin-bottom: 12px; }\n" +
        "  table.stack tbody th { background: #f3f2f1; }\n" +
        "  table.stack td::before { content: attr(data-label) \": \"; font-weight: bold; }\n" +
        "}\n</style>\n";

    public OutgoingMessage To(Recipient recipient, string key) => new(key, recipient, Subject, ToText(), ToHtml());

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Subject).Append('\n').Append(new string('=', Math.Min(Subject.Length, 70))).Append("\n\n");
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    text.Append(block.Texts[0]).Append('\n').Append(new string('-', Math.Min(block.Texts[0].Length, 70))).Append('\n');
                    break;
                case BlockKind.Paragraph:
                    text.Append(block.Texts[0]).Append('\n');
                    break;
                case BlockKind.List:
                    foreach (var item in block.Texts)
                    {
                        text.Append("- ").Append(item).Append('\n');
                    }

                    break;
                case BlockKind.Link:
                    text.Append(block.Texts[0]).Append(": ").Append(block.Texts[1]).Append('\n');
                    break;
                case BlockKind.Table:
                    text.Append(block.Texts[0]).Append(":\n");
                    foreach (var row in block.Rows)
                    {
                        text.Append("- ").Append(string.Join("; ", row.Select((cell, i) => i == 0 ? cell : $"{block.Headers[i]}: {cell}"))).Append('\n');
                    }

                    break;
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd() + "\n";
    }

    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(Subject))
            .Append("</title>\n")
            .Append(blocks.Any(IsStacked) ? PhoneStyles : string.Empty)
            .Append("</head>\n<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;background:#ffffff;overflow-wrap:anywhere;\">\n<main style=\"max-width:640px;\">\n<h1 style=\"font-size:22px;margin:0 0 16px;\">")
            .Append(Encode(Subject))
            .Append("</h1>\n");
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    html.Append("<h2 style=\"font-size:18px;margin:24px 0 8px;\">").Append(Encode(block.Texts[0])).Append("</h2>\n");
                    break;
                case BlockKind.Paragraph:
                    html.Append("<p>").Append(Encode(block.Texts[0])).Append("</p>\n");
                    break;
                case BlockKind.List:
                    html.Append("<ul>\n");
                    foreach (var item in block.Texts)
                    {
                        html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case BlockKind.Link:
                    html.Append("<p><a href=\"").Append(Encode(block.Texts[1])).Append("\" style=\"color:#1d4f91;text-decoration:underline;\">")
                        .Append(Encode(block.Texts[0])).Append("</a></p>\n");
                    break;
                case BlockKind.Table:
                    AppendTable(html, block);
                    break;
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, Block block)
    {
        var stacked = IsStacked(block);
        // The body may break a word anywhere (a long link must not widen a phone's page); table cells break only words
        // too long for the line, so that columns are sized to whole words ("October 2019", not "Octobe-r 2019").
        const string cell = " style=\"text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #b1b4b6;overflow-wrap:break-word;\"";
        html.Append(stacked ? "<table class=\"stack\"" : "<table").Append(" style=\"border-collapse:collapse;margin:8px 0 16px;\">\n<caption style=\"text-align:left;font-weight:bold;padding:4px 0;\">")
            .Append(Encode(block.Texts[0])).Append("</caption>\n<thead>\n<tr>");
        foreach (var header in block.Headers)
        {
            html.Append("<th scope=\"col\"").Append(cell).Append('>').Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in block.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : stacked ? $"td data-label=\"{Encode(block.Headers[i])}\"" : "td";
                html.Append('<').Append(tag).Append(cell).Append('>').Append(Encode(row[i])).Append("</").Append(i == 0 ? "th" : "td").Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static bool IsStacked(Block block) => block.Kind == BlockKind.Table && block.Headers.Count >= StackFrom;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private enum BlockKind
    {
        Heading,
        Paragraph,
        List,
        Link,
        Table,
    }

    private sealed record Block(BlockKind Kind, IReadOnlyList<string> Texts, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        public Block(BlockKind kind, IReadOnlyList<string> texts)
            : this(kind, texts, [], [])
        {
        }
    }
}
