namespace ScrutinyReports.Ingestion.Excel;

internal enum NumberFormatTokenKind
{
    /// <summary>Text shown as written: quoted text, escaped characters, spaces left by "_x", currency symbols.</summary>
    Literal,

    /// <summary>One of the digit placeholders 0, # and ?.</summary>
    Digit,
    DecimalPoint,
    Comma,
    Percent,

    /// <summary>"E+" or "E-" in scientific formats; <see cref="NumberFormatToken.Text"/> holds the sign.</summary>
    Exponent,

    /// <summary>A slash, which is a fraction bar in number formats and a separator in dates.</summary>
    Slash,

    /// <summary>A run of one date or time letter ("yyyy", "mmm", "d", "hh", "ss"), lower-cased.</summary>
    DatePart,

    /// <summary>"AM/PM" or "A/P" as written, so the case of the output follows the code.</summary>
    AmPm,

    /// <summary>Elapsed time in brackets ("[h]", "[mm]"); <see cref="NumberFormatToken.Text"/> holds the letters, lower-cased.</summary>
    ElapsedPart,
    General,

    /// <summary>The "@" that stands for a text cell's own text.</summary>
    TextPlaceholder,
    SectionSeparator,
}

internal readonly record struct NumberFormatToken(NumberFormatTokenKind Kind, string Text)
{
    public char Letter => Text.Length > 0 ? Text[0] : '\0';
}
