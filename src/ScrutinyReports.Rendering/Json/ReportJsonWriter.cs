using System.Text.Encodings.Web;
using System.Text.Json;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Json;

/// <summary>
/// Writes report.json, the machine-readable contract beside the HTML and PDF (schemaVersion 1). Values are
/// rounded to each indicator's decimals, as the report shows them; an indicator without a figure has
/// status "missing" and a null value.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ScrutinyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", ScrutinyReport.SchemaVersion);
        json.WriteStartObject("panel");
        json.WriteString("id", report.Panel.Id);
        json.WriteString("name", report.Panel.Name);
        json.WriteEndObject();
        json.WriteString("period", report.Period.Code);
        json.WriteString("periodLabel", report.Period.Label);
        json.WriteString("audience", report.Panel.Audience == Domain.Panels.Audience.Public ? "public" : "internal");
        json.WriteString("generatedAt", report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("inputFingerprint", report.InputFingerprint);
        json.WriteStartObject("comparatorSource");
        WriteStringOrNull(json, "localAuthority", report.Comparators.LocalAuthority);
        WriteStringOrNull(json, "statisticalNeighbourModel", report.Comparators.SnModel);
        var model = StatisticalNeighbourModelInfo.Find(report.Comparators.SnModel);
        WriteStringOrNull(json, "statisticalNeighbourModelName", model?.Name);
        WriteStringOrNull(json, "statisticalNeighbourModelSource", model?.Source);
        if (report.Comparators.Borrowed is { } borrowed)
        {
            json.WriteStartObject("borrowed");
            json.WriteString("localAuthority", borrowed.LocalAuthority);
            json.WriteString("authorityName", borrowed.AuthorityName);
            WriteStringOrNull(json, "region", borrowed.Region);
            json.WriteString("statement", borrowed.Statement);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("indicators");
        foreach (var entry in report.Indicators)
        {
            WriteIndicator(json, entry, report.DataQuality);
        }

        json.WriteEndArray();
        WriteExceptions(json, report.Exceptions);
        QualityJson.Write(json, report);
        FollowUpJson.Write(json, report);
        if (report.ChangesSincePrevious is { } changes)
        {
            json.WriteStartObject("changesSincePreviousVersion");
            json.WriteNumber("previousVersion", changes.PreviousVersion);
            json.WriteStartArray("changes");
            foreach (var change in changes.Changes)
            {
                json.WriteStartObject();
                json.WriteString("indicator", change.IndicatorId);
                json.WriteString("field", change.Field);
                WriteStringOrNull(json, "old", change.OldValue);
                WriteStringOrNull(json, "new", change.NewValue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // Ranked, most serious first, and capped at the panel's maxExceptions; exceptionsNotShown counts the rest.
    private static void WriteExceptions(Utf8JsonWriter json, ExceptionList exceptions)
    {
        json.WriteStartArray("exceptions");
        foreach (var exception in exceptions.Shown)
        {
            json.WriteStartObject();
            json.WriteString("indicator", exception.Entry.Analysis.Indicator.Id);
            json.WriteString("name", exception.Entry.Analysis.Indicator.Name);
            json.WriteStartArray("reasons");
            foreach (var reason in exception.Reasons)
            {
                json.WriteStringValue(reason.Text);
            }

            json.WriteEndArray();
            json.WriteStartArray("reasonCodes");
            foreach (var reason in exception.Reasons)
            {
                json.WriteStringValue(ReportCodes.ExceptionReason(reason.Kind));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("exceptionsNotShown", exceptions.NotShown);
    }

    private static void WriteIndicator(Utf8JsonWriter json, IndicatorEntry entry, DataQualityFindings quality)
    {
        bool Revised(ReportingPeriod period, Observation? figure) => figure is not null && quality.IsRevised(entry.Analysis.Indicator.Id, period);
        var analysis = entry.Analysis;
        var indicator = analysis.Indicator;
        json.WriteStartObject();
        json.WriteString("id", indicator.Id);
        json.WriteString("name", indicator.Name);
        json.WriteString("theme", indicator.Theme);
        json.WriteString("unit", CatalogueCodes.Code(indicator.Unit));
        json.WriteString("polarity", CatalogueCodes.Code(indicator.Polarity));
        json.WriteString("frequency", CatalogueCodes.Code(indicator.Frequency));
        json.WriteNumber("decimals", indicator.Decimals);
        json.WriteString("period", analysis.Period.Code);
        json.WriteString("periodLabel", indicator.PeriodLabel(analysis.Period));
        json.WriteString("window", CatalogueCodes.Code(indicator.Window));
        WriteNumberOrNull(json, "value", analysis.Value);
        json.WriteString("status", ReportCodes.Status(analysis));
        json.WriteBoolean("revised", Revised(analysis.Period, analysis.Current));
        WriteNumberOrNull(json, "numerator", analysis.Current?.Numerator);
        WriteNumberOrNull(json, "denominator", analysis.Current?.Denominator);
        WriteStringOrNull(json, "commentary", analysis.Current?.Commentary);
        WriteComparison(json, "previous", analysis.Previous, indicator, Revised(analysis.Previous.Period, analysis.Previous.Earlier));
        WriteComparison(json, "yearAgo", analysis.YearAgo, indicator, Revised(analysis.YearAgo.Period, analysis.YearAgo.Earlier));
        WriteTarget(json, analysis);
        json.WriteString("rag", ReportCodes.Rag(analysis.Rag));
        BenchmarkJson.Write(json, entry);
        json.WriteStartArray("outturns");
        foreach (var outturn in analysis.Outturns)
        {
            json.WriteStartObject();
            json.WriteString("year", outturn.Year.Code);
            json.WriteString("period", outturn.Period.Code);
            json.WriteString("label", outturn.Label(indicator));
            json.WriteString("kind", ReportCodes.OutturnKind(outturn.Kind));
            WriteNumberOrNull(json, "value", outturn.Observation?.Value is { } value ? indicator.Round(value) : null);
            json.WriteString("status", outturn.Observation is null ? "missing" : ReportCodes.Status(analysis with { Current = outturn.Observation }));
            json.WriteBoolean("revised", Revised(outturn.Period, outturn.Observation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("history");
        foreach (var point in analysis.History)
        {
            json.WriteStartObject();
            json.WriteString("period", point.Period.Code);
            WriteNumberOrNull(json, "value", point.Observation?.Value is { } value ? indicator.Round(value) : null);
            json.WriteString("status", point.Observation is null ? "missing" : ReportCodes.Status(analysis with { Current = point.Observation }));
            json.WriteBoolean("revised", Revised(point.Period, point.Observation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("narrative", entry.Narrative);
        SpcJson.Write(json, entry);
        BreakdownJson.Write(json, entry);
        json.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter json, string name, PeriodComparison comparison, Indicator indicator, bool revised)
    {
        json.WriteStartObject(name);
        json.WriteString("period", comparison.Period.Code);
        WriteNumberOrNull(json, "value", comparison.EarlierValue);
        WriteNumberOrNull(json, "change", comparison.Change);
        json.WriteString("changeUnit", ReportCodes.ChangeUnit(comparison, indicator));
        if (comparison.ChangeUnit == ChangeUnit.IndicatorUnit)
        {
            WriteNumberOrNull(json, "relativeChange", comparison.RelativeChange);
        }

        json.WriteString("direction", ReportCodes.Direction(comparison.Direction));
        json.WriteBoolean("revised", revised);
        json.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter json, IndicatorAnalysis analysis)
    {
        var indicator = analysis.Indicator;
        if (indicator.Target is null)
        {
            json.WriteNull("target");
            return;
        }

        json.WriteStartObject("target");
        json.WriteString("text", indicator.Target.Text);
        if (analysis.Target is { } assessment)
        {
            json.WriteBoolean("met", assessment.Met);
            json.WriteNumber("gap", assessment.Gap);
        }
        else
        {
            json.WriteNull("met");
            json.WriteNull("gap");
        }

        json.WriteNumber("tolerance", indicator.Tolerance);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
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

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
