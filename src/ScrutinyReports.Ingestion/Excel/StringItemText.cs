using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// The text of a shared string item (&lt;si&gt;) or inline string (&lt;is&gt;): its plain text, or its rich-text
/// runs joined up. Phonetic guides (&lt;rPh&gt;) are not shown in the cell, so they are left out.
/// </summary>
internal static class StringItemText
{
    public static string Of(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text plain:
                    text.Append(plain.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
            }
        }

        return Unescape(text.ToString());
    }

    /// <summary>Excel writes characters XML cannot hold as "_xHHHH_" (a line feed is "_x000A_"); "_x005F_" escapes an underscore.</summary>
    internal static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (i + 7 <= text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_' &&
                ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 7;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }
}
