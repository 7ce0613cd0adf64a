namespace ScrutinyReports.Testing;

/// <summary>A cell value for <see cref="XlsxSheetBuilder"/>, stored the way Excel stores that kind of value.</summary>
public sealed class XlsxCell
{
    private XlsxCell(XlsxCellKind kind)
    {
        Kind = kind;
    }

    internal XlsxCellKind Kind { get; }

    internal string Text { get; private init; } = string.Empty;

    internal IReadOnlyList<string> Runs { get; private init; } = [];

    internal double Value { get; private init; }

    internal DateOnly DateValue { get; private init; }

    internal string? Expression { get; private init; }

    internal XlsxNumberFormat? Format { get; private init; }

    /// <summary>Text in the shared string table (t="s"), as Excel writes typed text.</summary>
    public static XlsxCell SharedString(string text) => new(XlsxCellKind.SharedString) { Text = text };

    /// <summary>Rich text in the shared string table: each run is written with its own font.</summary>
    public static XlsxCell RichString(params string[] runs) => new(XlsxCellKind.RichString) { Runs = runs };

    /// <summary>Text held in the cell itself (t="inlineStr"), as some exporters write it.</summary>
    public static XlsxCell InlineString(string text) => new(XlsxCellKind.InlineString) { Text = text };

    public static XlsxCell Number(double value) => new(XlsxCellKind.Number) { Value = value };

    /// <summary>A number shown through a custom format code such as "0.0%", "#,##0" or "mmm-yy".</summary>
    public static XlsxCell Number(double value, string formatCode) =>
        new(XlsxCellKind.Number) { Value = value, Format = XlsxNumberFormat.Custom(formatCode) };

    /// <summary>A number shown through one of Excel's built-in formats (9 is "0%", 14 a short date).</summary>
    public static XlsxCell Number(double value, int builtInFormatId) =>
        new(XlsxCellKind.Number) { Value = value, Format = XlsxNumberFormat.BuiltIn(builtInFormatId) };

    /// <summary>A date stored as a serial number in the workbook's date system and shown through a format code.</summary>
    public static XlsxCell Date(DateOnly date, string formatCode) =>
        new(XlsxCellKind.Date) { DateValue = date, Format = XlsxNumberFormat.Custom(formatCode) };

    public static XlsxCell Date(DateOnly date, int builtInFormatId) =>
        new(XlsxCellKind.Date) { DateValue = date, Format = XlsxNumberFormat.BuiltIn(builtInFormatId) };

    public static XlsxCell Boolean(bool value) => new(XlsxCellKind.Boolean) { Value = value ? 1 : 0 };

    /// <summary>An error value such as "#N/A" or "#DIV/0!" (t="e").</summary>
    public static XlsxCell Error(string error) => new(XlsxCellKind.Error) { Text = error };

    /// <summary>A formula with the number Excel last calculated for it, optionally shown through a format code.</summary>
    public static XlsxCell Formula(string formula, double cachedValue, string? formatCode = null) =>
        new(XlsxCellKind.Number)
        {
            Expression = formula,
            Value = cachedValue,
            Format = formatCode is null ? null : XlsxNumberFormat.Custom(formatCode),
        };

    /// <summary>A formula never calculated, with no cached value: what some exporters (and Excel with calculation off) write.</summary>
    public static XlsxCell UncalculatedFormula(string formula) => new(XlsxCellKind.Blank) { Expression = formula };

    /// <summary>A formula whose last result was text (t="str").</summary>
    public static XlsxCell FormulaText(string formula, string cachedText) =>
        new(XlsxCellKind.FormulaText) { Expression = formula, Text = cachedText };

    /// <summary>A cell with a number format but no value, as Excel writes formatted empty cells.</summary>
    public static XlsxCell FormattedBlank(string formatCode) =>
        new(XlsxCellKind.Blank) { Format = XlsxNumberFormat.Custom(formatCode) };
}

internal enum XlsxCellKind
{
    SharedString,
    RichString,
    InlineString,
    Number,
    Date,
    Boolean,
    Error,
    FormulaText,
    Blank,
}

/// <summary>Either a built-in format id or a custom format code.</summary>
internal readonly record struct XlsxNumberFormat(int? BuiltInId, string? Code)
{
    public static XlsxNumberFormat BuiltIn(int id) => new(id, null);

    public static XlsxNumberFormat Custom(string code) => new(null, code);
}
