using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>The number format of each cell style (the cellXfs list in the styles part), by style index.</summary>
internal sealed class CellNumberFormats
{
    private readonly CellNumberFormat[] _byStyle;

    private CellNumberFormats(CellNumberFormat[] byStyle) => _byStyle = byStyle;

    public static CellNumberFormats Load(WorkbookStylesPart? stylesPart)
    {
        var stylesheet = stylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return new CellNumberFormats([]);
        }

        var customCodes = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                customCodes[id] = code;
            }
        }

        var parsed = new Dictionary<uint, CellNumberFormat>();
        var byStyle = stylesheet.CellFormats.Elements<CellFormat>()
            .Select(xf => FormatFor(xf.NumberFormatId?.Value ?? 0, customCodes, parsed))
            .ToArray();
        return new CellNumberFormats(byStyle);
    }

    public CellNumberFormat ForStyle(uint styleIndex) =>
        styleIndex < _byStyle.Length ? _byStyle[styleIndex] : CellNumberFormat.General;

    private static CellNumberFormat FormatFor(uint id, Dictionary<uint, string> customCodes, Dictionary<uint, CellNumberFormat> parsed)
    {
        if (!parsed.TryGetValue(id, out var format))
        {
            // Excel ignores a code written for a built-in id and uses its own, so built-in codes come first.
            var code = BuiltInNumberFormats.CodeFor(id) ?? customCodes.GetValueOrDefault(id) ?? "General";
            format = CellNumberFormat.Parse(code);
            parsed[id] = format;
        }

        return format;
    }
}
