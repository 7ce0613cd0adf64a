using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// The words of a position chart: the council's band (none for a context measure, which is never judged), which
/// quarter of the authorities' published figures its figure falls in, the quartiles with their unit, and, when the
/// periods differ, that the council's figure is compared with another period's published figures. Pure.
/// </summary>
public static class PositionWording
{
    /// <summary>"Sep 2019 figure against the 150 authorities' published figures for 2018/19".</summary>
    public static string Title(DistributionPosition position, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(indicator);
        return $"{indicator.ShortPeriodLabel(position.FigurePeriod)} figure against the {position.Distribution.Count} authorities' published figures for {position.Distribution.Period.Label}";
    }

    /// <summary>"Band A (best quartile)" to "Band D (worst quartile)", or "No band (context measure)".</summary>
    public static string Band(DistributionPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return position.Band switch
        {
            QuartileBand.A => "Band A (best quartile)",
            QuartileBand.B => "Band B",
            QuartileBand.C => "Band C",
            QuartileBand.D => "Band D (worst quartile)",
            _ => "No band (context measure)",
        };
    }

    /// <summary>
    /// "Band B: the council's September 2019 figure of 77.5% is in the second-highest quarter of the 150 local
    /// authorities' published figures for 2018/19 (lowest 40.0%, lower quartile 65.0%, median 71.2%, upper quartile
    /// 80.1%, highest 95.0%). …" followed by the period caveat when the periods differ.
    /// </summary>
    public static string Sentence(DistributionPosition position, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(indicator);
        var d = position.Distribution;
        string Figure(decimal value) => ValueFormatter.Value(indicator.Round(value), indicator);
        var where = position.Outside switch
        {
            > 0 => $"is higher than every one of the {d.Count} local authorities' published figures for {d.Period.Label}",
            < 0 => $"is lower than every one of the {d.Count} local authorities' published figures for {d.Period.Label}",
            _ => $"is in the {Quarter(position.QuarterFromTop)} of the {d.Count} local authorities' published figures for {d.Period.Label}",
        };
        var lead = position.Band is null ? "No band is given for a context measure" : Band(position);
        var sentence = $"{lead}: the council's {indicator.PeriodLabel(position.FigurePeriod)} figure of {Figure(position.Value)} {where} " +
                       $"(lowest {Figure(d.Minimum)}, lower quartile {Figure(d.LowerQuartile)}, median {Figure(d.Median)}, upper quartile {Figure(d.UpperQuartile)}, highest {Figure(d.Maximum)}).";
        return Caveat(position, indicator) is { } caveat ? $"{sentence} {caveat}" : sentence;
    }

    /// <summary>Null when the council's figure and the authorities' figures are for the same period.</summary>
    public static string? Caveat(DistributionPosition position, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(indicator);
        if (position.SamePeriod)
        {
            return null;
        }

        var published = position.Distribution.Period.Label;
        var figure = $"the council's {indicator.PeriodLabel(position.FigurePeriod)} figure";
        var periods = position.Distribution.Period.End < position.FigurePeriod.End ? $"the latest published, for {published}, a period earlier than {figure}"
            : position.Distribution.Period.End > position.FigurePeriod.End ? $"for {published}, the earliest year in the published files and later than {figure}"
            : $"for {published}, a different period from {figure}";
        return $"The authorities' figures are {periods}, so the {(position.Band is null ? "position" : "band")} is a guide, not a published ranking.";
    }

    private static string Quarter(int fromTop) => fromTop switch
    {
        1 => "highest quarter",
        2 => "second-highest quarter",
        3 => "second-lowest quarter",
        _ => "lowest quarter",
    };
}
