using System.Text.Json;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Rendering.Json;

/// <summary>Writes an indicator's comparators, published position, confidence interval, significance and trend into report.json.</summary>
internal static class BenchmarkJson
{
    public static void Write(Utf8JsonWriter json, IndicatorEntry entry)
    {
        var benchmark = entry.Benchmark;
        var indicator = entry.Analysis.Indicator;
        json.WriteStartArray("comparators");
        foreach (var comparator in benchmark.Comparators)
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind(comparator.Kind));
            json.WriteString("name", comparator.Name);
            json.WriteString("period", comparator.Period.Code);
            if (comparator.Value is { } value)
            {
                json.WriteNumber("value", indicator.Round(value));
            }
            else
            {
                json.WriteNull("value");
                json.WriteString("status", comparator.State);
            }

            if (comparator.N is { } n)
            {
                json.WriteNumber("n", n);
                json.WriteNumber("leftOut", comparator.LeftOut ?? 0);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (benchmark.Position is { } position)
        {
            json.WriteStartObject("position");
            json.WriteString("period", position.Period.Code);
            json.WriteString("band", position.Band.ToString());
            json.WriteNumber("rank", position.Rank);
            json.WriteNumber("count", position.Count);
            json.WriteString("label", position.Label);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("position");
        }

        WriteLatestPosition(json, benchmark.AmongAuthorities, entry.Analysis.Indicator);
        if (benchmark.Interval is { } interval)
        {
            json.WriteStartObject("confidenceInterval");
            json.WriteNumber("lower", Math.Round(interval.Lower, indicator.Decimals + 1));
            json.WriteNumber("upper", Math.Round(interval.Upper, indicator.Decimals + 1));
            json.WriteNumber("level", interval.Level);
            json.WriteString("method", interval.Method);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("confidenceInterval");
        }

        json.WriteStartObject("significance");
        WriteSignificance(json, "england", benchmark.AgainstEngland);
        WriteSignificance(json, "yearAgo", benchmark.AgainstYearAgo);
        json.WriteBoolean("notEnoughDataToJudge", benchmark.TooFewToJudge);
        json.WriteEndObject();
        json.WriteStartObject("trend");
        WriteTrend(json, "last6", benchmark.Last6);
        WriteTrend(json, "last12", benchmark.Last12);
        json.WriteEndObject();
        json.WriteString("comparison", entry.Comparison);
    }

    // The council's latest figure among all authorities' published figures for the comparators' year: beside
    // "position" (the council's own published figure's rank), not in it, since the two periods and bands can differ.
    private static void WriteLatestPosition(Utf8JsonWriter json, DistributionPosition? position, Domain.Indicators.Indicator indicator)
    {
        if (position is null)
        {
            json.WriteNull("latestPosition");
            return;
        }

        var distribution = position.Distribution;
        json.WriteStartObject("latestPosition");
        json.WriteString("period", distribution.Period.Code);
        json.WriteString("figurePeriod", position.FigurePeriod.Code);
        json.WriteNumber("value", position.Value);
        if (position.Band is { } band)
        {
            json.WriteString("band", band.ToString());
        }
        else
        {
            json.WriteNull("band");
        }

        json.WriteNumber("quarterFromTop", position.QuarterFromTop);
        json.WriteString("outsideRange", position.Outside switch { > 0 => "above_highest", < 0 => "below_lowest", _ => "within" });
        json.WriteNumber("count", distribution.Count);
        json.WriteStartArray("quartiles");
        foreach (var number in distribution.FiveNumbers)
        {
            json.WriteNumberValue(Math.Round(number, indicator.Decimals + 1, MidpointRounding.AwayFromZero));
        }

        json.WriteEndArray();
        json.WriteString("description", PositionWording.Sentence(position, indicator));
        json.WriteEndObject();
    }

    private static string Kind(ComparatorKind kind) => kind switch
    {
        ComparatorKind.England => "england",
        ComparatorKind.Region => "region",
        ComparatorKind.SnMean => "sn_mean",
        ComparatorKind.SnMedian => "sn_median",
        ComparatorKind.PublishedLocal => "published_local",
        _ => "manual",
    };

    private static void WriteSignificance(Utf8JsonWriter json, string name, Significance? significance)
    {
        if (significance is { } value)
        {
            json.WriteString(name, value switch
            {
                Significance.SignificantlyHigher => "significantly_higher",
                Significance.SignificantlyLower => "significantly_lower",
                _ => "not_significantly_different",
            });
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteTrend(Utf8JsonWriter json, string name, Trend? trend) =>
        json.WriteString(name, trend?.Direction switch
        {
            TrendDirection.Rising => "rising",
            TrendDirection.Falling => "falling",
            TrendDirection.NoClearTrend => "no_clear_trend",
            _ => "not_enough_data",
        });
}
