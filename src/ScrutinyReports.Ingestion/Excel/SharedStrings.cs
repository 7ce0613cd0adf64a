using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// The workbook's shared string table as plain strings; cells with t="s" hold an index into it. The part is read as
/// a stream of XML text chunks, never an item at a time, and its characters are counted as they arrive: a table
/// that compresses to almost nothing on disk but expands past <see cref="MaxCharacters"/> is refused before it is
/// held, whether its text is in many items or one.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>The most characters of text a workbook's shared strings may hold (about 40 MB in memory; a real workbook of figures holds a few MB).</summary>
    public const int MaxCharacters = 20_000_000;

    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Load(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var counter = new CharacterBudget();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                items.Add(StringItemText.Unescape(ReadItem(xml, counter)));
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index; empty when the index is not in the table.</summary>
    public string this[int index] => index >= 0 && index < _items.Count ? _items[index] : string.Empty;

    // The text of the <t> elements of one <si>, plain or in rich-text runs; phonetic guides (<rPh>) are not shown in
    // the cell, so they are left out.
    private static string ReadItem(XmlReader xml, CharacterBudget budget)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var itemDepth = xml.Depth;
        var text = new StringBuilder();
        var textDepth = -1;
        var phoneticDepth = -1;
        var buffer = new char[8192];
        while (xml.Read() && xml.Depth > itemDepth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement && phoneticDepth < 0:
                    phoneticDepth = xml.Depth;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t" && !xml.IsEmptyElement && phoneticDepth < 0:
                    textDepth = xml.Depth;
                    break;
                case XmlNodeType.EndElement when xml.Depth == phoneticDepth:
                    phoneticDepth = -1;
                    break;
                case XmlNodeType.EndElement when xml.Depth == textDepth:
                    textDepth = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when textDepth >= 0:
                    int read;
                    while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                    {
                        budget.Spend(read);
                        text.Append(buffer, 0, read);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private sealed class CharacterBudget
    {
        private long _spent;

        public void Spend(int characters)
        {
            _spent += characters;
            if (_spent > MaxCharacters)
            {
                throw new UnreadableFileException(string.Create(CultureInfo.InvariantCulture,
                    $"the workbook's text (its shared strings) runs past {MaxCharacters:N0} characters, the most an upload may hold; expected a table of figures (is this the right file?)"));
            }
        }
    }
}
