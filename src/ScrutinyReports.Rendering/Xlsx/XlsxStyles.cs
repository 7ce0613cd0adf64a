using ScrutinyReports.Domain.Indicators;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// The styles of one workbook: a bold header, text (formatted as Text, so a cell edited in Excel stays text), dates,
/// and a number format per unit and number of decimals, made when first asked for. Not thread-safe: one per workbook.
/// </summary>
internal sealed class XlsxStyles
{
    private readonly Spreadsheet sheet;
    private readonly Dictionary<(Unit Unit, int Decimals), StyleId> numbers = [];

    public XlsxStyles(Spreadsheet sheet)
    {
        this.sheet = sheet;
        Header = sheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        Text = sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        WrappedText = sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text), Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        Date = sheet.AddStyle(new Style { Format = NumberFormat.Custom("d mmm yyyy") });
        DateTime = sheet.AddStyle(new Style { Format = NumberFormat.Custom("d mmmm yyyy hh:mm \"UTC\"") });
        Integer = sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces) });
    }

    public StyleId Header { get; }

    public StyleId Text { get; }

    public StyleId WrappedText { get; }

    public StyleId Date { get; }

    public StyleId DateTime { get; }

    public StyleId Integer { get; }

    /// <summary>The style for a value of the indicator: its decimals, thousands grouped, "%" or "£" where the unit is a symbol.</summary>
    public StyleId Number(Indicator indicator) => Number(indicator.Unit, indicator.Decimals);

    public StyleId Number(Unit unit, int decimals)
    {
        var key = (unit, decimals);
        if (!numbers.TryGetValue(key, out var style))
        {
            style = sheet.AddStyle(new Style { Format = NumberFormat.Custom(FormatOf(unit, decimals)) });
            numbers[key] = style;
        }

        return style;
    }

    /// <summary>
    /// The Excel number format for a unit: "#,##0.0" and so on. Percentages are stored as report.json has them (71.5
    /// for 71.5%), so the % sign is literal text in the format rather than Excel's percent scaling.
    /// </summary>
    public static string FormatOf(Unit unit, int decimals)
    {
        var number = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        return unit switch
        {
            Unit.Percent => number + "\"%\"",
            Unit.Currency => $"\"£\"{number};-\"£\"{number}",
            _ => number,
        };
    }
}
