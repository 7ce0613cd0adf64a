using System.Globalization;
using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Formatting;

/// <summary>
/// Writes figures with their unit the way a panel reads them: "77.5%", "99.0 per 10,000 children",
/// "457 days", "£1,250". Thousands are grouped with commas. No culture data is consulted.
/// </summary>
public static class ValueFormatter
{
    public static string Number(decimal value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A value with its unit, at the indicator's decimals.</summary>
    public static string Value(decimal value, Indicator indicator) => Value(value, indicator.Unit, indicator.Decimals);

    public static string Value(decimal value, Unit unit, int decimals)
    {
        var number = Number(value, decimals);
        return unit switch
        {
            Unit.Percent => number + "%",
            Unit.RatePer10000 => number + " per 10,000 children",
            Unit.RatePer1000 => number + " per 1,000",
            Unit.RatePer100000 => number + " per 100,000",
            Unit.Days => number + (value == 1 ? " day" : " days"),
            Unit.Weeks => number + (value == 1 ? " week" : " weeks"),
            Unit.Currency => value < 0 ? "-£" + Number(-value, decimals) : "£" + number,
            _ => number,
        };
    }

    /// <summary>The size of a change, without its sign: percentages change in percentage points.</summary>
    public static string Change(decimal change, Indicator indicator)
    {
        var size = Math.Abs(change);
        return indicator.Unit == Unit.Percent
            ? Number(size, indicator.Decimals) + (size == 1 ? " percentage point" : " percentage points")
            : Value(size, indicator.Unit, indicator.Decimals);
    }

    /// <summary>A target bound with only the decimals it needs: "80%", "426 days", "17.5%".</summary>
    public static string Bound(decimal bound, Unit unit) => Value(bound, unit, DecimalsOf(bound));

    /// <summary>A range written once with its unit: "550 to 600", "50% to 60%", "500 to 550 per 10,000 children".</summary>
    public static string Range(decimal minimum, decimal maximum, Unit unit)
    {
        var low = Bound(minimum, unit);
        var high = Bound(maximum, unit);
        return unit is Unit.Percent or Unit.Currency ? $"{low} to {high}" : $"{Number(minimum, DecimalsOf(minimum))} to {high}";
    }

    /// <summary>How many decimal places a number needs to be written exactly (80.50 needs 1).</summary>
    public static int DecimalsOf(decimal value)
    {
        // Dividing by 1 written with many zeros drops trailing zeros from the scale.
        var normalised = value / 1.000000000000000000000000000000000m;
        return normalised.Scale;
    }
}
