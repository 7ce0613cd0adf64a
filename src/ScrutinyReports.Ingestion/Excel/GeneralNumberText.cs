using System.Globalization;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// A number as Excel's General format shows it: up to 11 characters of digits and point ("1283", "0.5",
/// "0.333333333"), switching to scientific notation ("1.23457E+11") when the number will not fit.
/// </summary>
internal static class GeneralNumberText
{
    private const int MaxWidth = 11;

    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "#NUM!";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e11 || magnitude < 1e-4)
        {
            return Scientific(value);
        }

        // Excel keeps 15 significant digits; the decimal conversion does the same, so 0.1 + 0.2 reads 0.3.
        var number = (decimal)value;
        var integerDigits = magnitude >= 1 ? (int)Math.Floor(Math.Log10(magnitude)) + 1 : 1;
        var decimals = Math.Max(0, MaxWidth - 1 - integerDigits);
        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) >= 1e11m)
        {
            return Scientific(value);
        }

        return rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>Six significant digits and a signed exponent of at least two digits, as Excel writes them.</summary>
    public static string Scientific(double value) =>
        value.ToString("0.#####E+00", CultureInfo.InvariantCulture);
}
