namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>What a value cell holds once read: a number, a suppression code, a not-available state, or something unreadable.</summary>
public enum CellReadingKind
{
    Number,
    Suppressed,
    NotAvailable,
    Invalid,
}

/// <summary>How a percentage was written: not at all, as text with "%" (71%), or as a cell formatted as a percentage (holding 0.71).</summary>
public enum PercentForm
{
    None,
    Text,
    Fraction,
}

/// <summary>The reading of one cell. <see cref="Expected"/> says what an invalid cell should have held.</summary>
public readonly record struct CellReading(CellReadingKind Kind, decimal Number = 0, PercentForm Percent = PercentForm.None, string? Expected = null)
{
    public static CellReading Suppressed { get; } = new(CellReadingKind.Suppressed);

    public static CellReading NotAvailable { get; } = new(CellReadingKind.NotAvailable);

    public static CellReading Invalid(string expected) => new(CellReadingKind.Invalid, Expected: expected);
}
