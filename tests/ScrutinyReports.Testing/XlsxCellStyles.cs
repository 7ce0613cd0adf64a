using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Testing;

/// <summary>The cell styles (cellXfs) being built: style 0 is General, then one per distinct number format.</summary>
internal sealed class XlsxCellStyles
{
    private const uint FirstCustomFormatId = 164;

    private readonly Dictionary<XlsxNumberFormat, uint> _styleIndexes = [];
    private readonly List<uint> _formatIds = [0];
    private readonly Dictionary<string, uint> _customCodes = [];

    public uint IndexOf(XlsxNumberFormat format)
    {
        if (!_styleIndexes.TryGetValue(format, out var index))
        {
            index = (uint)_formatIds.Count;
            _formatIds.Add(FormatId(format));
            _styleIndexes[format] = index;
        }

        return index;
    }

    public Stylesheet ToStylesheet()
    {
        var stylesheet = new Stylesheet();
        if (_customCodes.Count > 0)
        {
            stylesheet.NumberingFormats = new NumberingFormats(_customCodes.Select(c => new NumberingFormat
            {
                NumberFormatId = c.Value,
                FormatCode = c.Key,
            }))
            { Count = (uint)_customCodes.Count };
        }

        stylesheet.Fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 };
        stylesheet.Fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };
        stylesheet.Borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        stylesheet.CellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        stylesheet.CellFormats = new CellFormats(_formatIds.Select(id => new CellFormat
        {
            NumberFormatId = id,
            FontId = 0,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = id != 0,
        }))
        { Count = (uint)_formatIds.Count };
        stylesheet.CellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return stylesheet;
    }

    private uint FormatId(XlsxNumberFormat format)
    {
        if (format.BuiltInId is { } builtIn)
        {
            return (uint)builtIn;
        }

        var code = format.Code ?? "General";
        if (!_customCodes.TryGetValue(code, out var id))
        {
            id = FirstCustomFormatId + (uint)_customCodes.Count;
            _customCodes[code] = id;
        }

        return id;
    }
}
