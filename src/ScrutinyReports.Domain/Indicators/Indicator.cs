using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// A performance measure as the catalogue defines it. <see cref="Tolerance"/> is the amber band beyond the
/// target, in the indicator's own unit; <see cref="Decimals"/> is how many places its values are shown and
/// compared at.
/// </summary>
public sealed record Indicator
{
    public Indicator(string id, string name, string theme, Unit unit, Polarity polarity, Frequency frequency,
        int decimals, Target? target, decimal tolerance, string definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        Id = id;
        Name = name;
        Theme = theme;
        Unit = unit;
        Polarity = polarity;
        Frequency = frequency;
        Decimals = decimals;
        Target = target;
        Tolerance = tolerance;
        Definition = definition;
    }

    public string Id { get; }

    public string Name { get; }

    public string Theme { get; }

    public Unit Unit { get; }

    public Polarity Polarity { get; }

    public Frequency Frequency { get; }

    public int Decimals { get; }

    public Target? Target { get; }

    public decimal Tolerance { get; }

    public string Definition { get; }

    /// <summary>The span one figure covers when longer than its period (rolling 12 months, three-year average).</summary>
    public MeasureWindow Window { get; init; } = MeasureWindow.Period;

    /// <summary>Declared changes of process, each starting a new baseline for the indicator's process limits.</summary>
    public ProcessChanges ProcessChanges { get; init; } = ProcessChanges.None;

    /// <summary>A period as a sentence names this indicator's figure for it: "12 months to September 2019", "2016-19".</summary>
    public string PeriodLabel(ReportingPeriod period) => PeriodLabels.Label(period, Window);

    /// <summary>A period as a table heading names this indicator's figure for it: "12 months to Sep 2019", "2016-19".</summary>
    public string ShortPeriodLabel(ReportingPeriod period) => PeriodLabels.ShortLabel(period, Window);

    /// <summary>A value as the report shows it and compares it: rounded half away from zero, as Excel does.</summary>
    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
