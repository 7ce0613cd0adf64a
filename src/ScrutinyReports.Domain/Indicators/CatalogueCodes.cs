using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Indicators;

/// <summary>The snake_case codes catalogue files and report.json use for units, polarities and frequencies.</summary>
public static class CatalogueCodes
{
    private static readonly Dictionary<string, Unit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = Unit.Count,
        ["percent"] = Unit.Percent,
        ["rate_per_10000"] = Unit.RatePer10000,
        ["rate_per_1000"] = Unit.RatePer1000,
        ["rate_per_100000"] = Unit.RatePer100000,
        ["days"] = Unit.Days,
        ["weeks"] = Unit.Weeks,
        ["score"] = Unit.Score,
        ["currency"] = Unit.Currency,
    };

    private static readonly Dictionary<string, Polarity> Polarities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["higher_is_better"] = Polarity.HigherIsBetter,
        ["lower_is_better"] = Polarity.LowerIsBetter,
        ["neutral"] = Polarity.Neutral,
    };

    private static readonly Dictionary<string, Frequency> Frequencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monthly"] = Frequency.Monthly,
        ["quarterly"] = Frequency.Quarterly,
        ["annual"] = Frequency.Annual,
    };

    // Blank (or "period") is the default, so catalogues written before the column existed read as before.
    private static readonly Dictionary<string, MeasureWindow> Windows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["period"] = MeasureWindow.Period,
        ["rolling_12m"] = MeasureWindow.Rolling12Months,
        ["3_year_average"] = MeasureWindow.ThreeYearAverage,
    };

    public static string WindowList => string.Join(", ", Windows.Keys);

    /// <summary>A window code; blank is <see cref="MeasureWindow.Period"/>.</summary>
    public static bool TryParseWindow(string? text, out MeasureWindow window)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            window = MeasureWindow.Period;
            return true;
        }

        return Windows.TryGetValue(text.Trim(), out window);
    }

    public static MeasureWindow ParseWindow(string? text) => TryParseWindow(text, out var window) ? window : throw new FormatException($"Unknown window code {text}.");

    public static string Code(MeasureWindow window) => Windows.First(pair => pair.Value == window).Key;

    public static string UnitList => string.Join(", ", Units.Keys);

    public static string PolarityList => string.Join(", ", Polarities.Keys);

    public static string FrequencyList => string.Join(", ", Frequencies.Keys);

    public static bool TryParseUnit(string text, out Unit unit) => Units.TryGetValue(text.Trim(), out unit);

    public static bool TryParsePolarity(string text, out Polarity polarity) => Polarities.TryGetValue(text.Trim(), out polarity);

    public static bool TryParseFrequency(string text, out Frequency frequency) => Frequencies.TryGetValue(text.Trim(), out frequency);

    /// <summary>Reads a code known to be valid (stored by this program); a bad one is a bug, not user input.</summary>
    public static Unit ParseUnit(string text) => TryParseUnit(text, out var unit) ? unit : throw new FormatException($"Unknown unit code {text}.");

    public static Polarity ParsePolarity(string text) => TryParsePolarity(text, out var polarity) ? polarity : throw new FormatException($"Unknown polarity code {text}.");

    public static Frequency ParseFrequency(string text) => TryParseFrequency(text, out var frequency) ? frequency : throw new FormatException($"Unknown frequency code {text}.");

    public static string Code(Unit unit) => Units.First(pair => pair.Value == unit).Key;

    public static string Code(Polarity polarity) => Polarities.First(pair => pair.Value == polarity).Key;

    public static string Code(Frequency frequency) => Frequencies.First(pair => pair.Value == frequency).Key;
}
