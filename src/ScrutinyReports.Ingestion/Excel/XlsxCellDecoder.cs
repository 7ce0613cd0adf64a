using System.Globalization;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>Turns one &lt;c&gt; element's type, style and stored value into what a person sees in the cell.</summary>
internal sealed class XlsxCellDecoder(SharedStrings sharedStrings, CellNumberFormats formats, bool uses1904DateSystem)
{
    // Serial 0 in the 1904 date system is 1 January 1904, which is serial 1462 in the 1900 system.
    private const double Offset1904 = 1462;

    /// <param name="type">The t attribute: s, inlineStr, str, b, e, d, or n (also when absent).</param>
    /// <param name="stored">The text of &lt;v&gt;, or of &lt;is&gt; for inline strings; null when the cell holds nothing.</param>
    public CellValue Decode(string? type, uint styleIndex, string? stored)
    {
        if (stored is null)
        {
            return CellValue.Empty;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                    ? new CellValue(sharedStrings[index])
                    : CellValue.Empty;
            case "b":
                return new CellValue(stored.Trim() is "1" or "true" ? "TRUE" : "FALSE");
            case "d":
                return IsoDate(stored, formats.ForStyle(styleIndex));
            case null or "n":
                return Number(stored, formats.ForStyle(styleIndex));
            default:
                // inlineStr, str (a formula's text result) and e (an error such as #N/A) are shown as stored.
                return new CellValue(stored);
        }
    }

    private CellValue Number(string stored, CellNumberFormat format)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new CellValue(stored);
        }

        if (format.IsDate)
        {
            var serial = uses1904DateSystem ? number + Offset1904 : number;
            return new CellValue(format.Format(serial), serial, IsDate: true);
        }

        return new CellValue(format.Format(number), number, IsPercent: format.IsPercent);
    }

    /// <summary>Cells with t="d" hold an ISO 8601 date rather than a serial; rare outside strict-format files.</summary>
    private static CellValue IsoDate(string stored, CellNumberFormat format)
    {
        if (!DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment))
        {
            return new CellValue(stored);
        }

        var serial = moment.ToOADate();
        var shownAs = format.IsDate ? format : IsoDateFormat;
        return new CellValue(shownAs.Format(serial), serial, IsDate: true);
    }

    private static CellNumberFormat IsoDateFormat { get; } = CellNumberFormat.Parse("yyyy-mm-dd");
}
