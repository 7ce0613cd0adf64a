using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// The workbook's shared string table as plain strings, read item by item so the part's XML is never held
/// whole; cells with t="s" hold an index into it.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Load(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                items.Add(StringItemText.Of(reader.LoadCurrentElement()!));
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The string at an index; empty when the index is not in the table.</summary>
    public string this[int index] => index >= 0 && index < _items.Count ? _items[index] : string.Empty;
}
