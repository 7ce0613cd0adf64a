using System.Text.Json;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Rendering.Json;

/// <summary>
/// An indicator's "breakdowns" in report.json: one object per configured dimension. Values and changes are rounded as
/// the report shows them; control limits carry one more decimal, so a value just outside a limit is seen to be.
/// </summary>
internal static class BreakdownJson
{
    public static void Write(Utf8JsonWriter json, IndicatorEntry entry)
    {
        var indicator = entry.Analysis.Indicator;
        json.WriteStartArray("breakdowns");
        foreach (var section in entry.Breakdowns)
        {
            json.WriteStartObject();
            json.WriteString("dimension", section.Dimension);
            json.WriteString("period", section.Period.Code);
            json.WriteString("previousPeriod", section.PreviousPeriod.Code);
            if (section.Funnel is { } funnel)
            {
                json.WriteStartObject("funnel");
                json.WriteString("method", funnel.Method);
                json.WriteNumber("target", Limit(funnel.Target, indicator));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("funnel");
            }

            json.WriteStartArray("categories");
            foreach (var row in section.Categories)
            {
                json.WriteStartObject();
                json.WriteString("category", row.Category);
                Number(json, "value", row.Value);
                Number(json, "numerator", row.Numerator);
                Number(json, "denominator", row.Denominator);
                json.WriteString("status", Status(row.Status));
                Number(json, "change", row.Change);
                Number(json, "lower95", row.Limits is { } l1 ? Limit(l1.Lower95, indicator) : null);
                Number(json, "upper95", row.Limits is { } l2 ? Limit(l2.Upper95, indicator) : null);
                Number(json, "lower998", row.Limits is { } l3 ? Limit(l3.Lower998, indicator) : null);
                Number(json, "upper998", row.Limits is { } l4 ? Limit(l4.Upper998, indicator) : null);
                if (row.Flag is { } flag)
                {
                    json.WriteString("flag", Flag(flag));
                }
                else
                {
                    json.WriteNull("flag");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("narrative", section.Narrative);
            Disproportionality(json, section.Disproportionality);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Shares in percent to one decimal, ratios and their limits to two.
    private static void Disproportionality(Utf8JsonWriter json, Domain.Reports.Breakdowns.BreakdownDisproportionality? part)
    {
        if (part is null)
        {
            json.WriteNull("disproportionality");
            return;
        }

        json.WriteStartObject("disproportionality");
        if (part.EstimateYear is { } year)
        {
            json.WriteNumber("populationYear", year);
        }
        else
        {
            json.WriteNull("populationYear");
        }

        json.WriteString("populationSource", part.PopulationSource);
        json.WriteString("method", IntervalMethod.WilsonShareRatio);
        json.WriteString("withheld", part.Withheld);
        json.WriteStartArray("groups");
        foreach (var group in part.Groups)
        {
            json.WriteStartObject();
            json.WriteString("category", group.Name);
            json.WriteNumber("count", group.Count);
            json.WriteNumber("cohortShare", Round(group.CohortShare, 1));
            json.WriteNumber("population", group.Population);
            json.WriteNumber("populationShare", Round(group.PopulationShare, 1));
            json.WriteNumber("ratio", Round(group.Ratio, 2));
            json.WriteNumber("lower95", Round(group.Interval.Lower, 2));
            json.WriteNumber("upper95", Round(group.Interval.Upper, 2));
            json.WriteString("representation", group.Representation switch
            {
                Representation.Over => "over",
                Representation.Under => "under",
                _ => "in_line",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("suppressedGroups");
        foreach (var name in part.Suppressed)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartArray("withoutPopulation");
        foreach (var group in part.WithoutBase)
        {
            json.WriteStartObject();
            json.WriteString("category", group.Category);
            if (group.Count is { } count)
            {
                json.WriteNumber("count", count);
            }
            else
            {
                json.WriteNull("count");
            }

            json.WriteBoolean("suppressed", group.Suppressed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static decimal Round(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);

    public static string Flag(FunnelPosition position) => position switch
    {
        FunnelPosition.Above998 => "above_99_8",
        FunnelPosition.Below998 => "below_99_8",
        FunnelPosition.Above95 => "above_95",
        FunnelPosition.Below95 => "below_95",
        _ => "within",
    };

    private static string Status(ObservationStatus? status) => status switch
    {
        null => "missing",
        ObservationStatus.Validated => "validated",
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Suppressed => "suppressed",
        _ => "not_available",
    };

    private static decimal Limit(double value, Indicator indicator) =>
        Math.Round((decimal)value, indicator.Decimals + 1, MidpointRounding.AwayFromZero);

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
