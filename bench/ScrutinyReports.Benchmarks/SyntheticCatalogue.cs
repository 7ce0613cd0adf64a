using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Benchmarks;

/// <summary>A catalogue of any size whose indicators cycle through the units, polarities and targets real ones have.</summary>
internal static class SyntheticCatalogue
{
    public static IndicatorCatalogue Create(int count) => new(Enumerable.Range(0, count).Select(i => (i % 4) switch
    {
        0 => new Indicator($"SYN_{i:D4}", $"Synthetic percentage {i}", $"Theme {i % 12}", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, new Target(80, null), 5, "Synthetic."),
        1 => new Indicator($"SYN_{i:D4}", $"Synthetic count {i}", $"Theme {i % 12}", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, "Synthetic."),
        2 => new Indicator($"SYN_{i:D4}", $"Synthetic rate {i}", $"Theme {i % 12}", Unit.RatePer10000, Polarity.LowerIsBetter, Frequency.Monthly, 1, new Target(null, 100), 10, "Synthetic."),
        _ => new Indicator($"SYN_{i:D4}", $"Synthetic days {i}", $"Theme {i % 12}", Unit.Days, Polarity.LowerIsBetter, Frequency.Monthly, 0, new Target(null, 426), 30, "Synthetic."),
    }));
}
