using System.Text.Json;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Rendering.Json;

/// <summary>
/// Writes an indicator's SPC chart into report.json: null unless its current baseline has process limits. Mean and
/// limits carry two more decimals than the figures, so a reader can tell which side of a limit a figure lies.
/// </summary>
internal static class SpcJson
{
    public static void Write(Utf8JsonWriter json, IndicatorEntry entry)
    {
        if (entry.QualifyingSpc is not { } spc)
        {
            json.WriteNull("spc");
            return;
        }

        var decimals = spc.Indicator.Decimals + 2;
        json.WriteStartObject("spc");
        json.WriteNumber("mean", Math.Round(spc.Limits.Mean, decimals, MidpointRounding.AwayFromZero));
        json.WriteNumber("lower", Math.Round(spc.Limits.Lower, decimals, MidpointRounding.AwayFromZero));
        json.WriteNumber("upper", Math.Round(spc.Limits.Upper, decimals, MidpointRounding.AwayFromZero));
        json.WriteString("baselineFrom", spc.Current.From.Code);
        if (spc.Current.Reason is { } reason)
        {
            json.WriteString("baselineReason", reason);
        }
        else
        {
            json.WriteNull("baselineReason");
        }

        json.WriteNumber("figures", spc.Current.Figures);
        json.WriteStartArray("signals");
        foreach (var signal in spc.CurrentSignals)
        {
            json.WriteStartObject();
            json.WriteString("rule", ReportCodes.SpcRule(signal.Rule));
            json.WriteString("side", signal.Side == SpcSide.Higher ? "higher" : "lower");
            json.WriteStartArray("periods");
            foreach (var period in signal.Periods)
            {
                json.WriteStringValue(period.Code);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("variation", ReportCodes.Variation(spc.Variation));
        if (spc.Assurance == AssuranceIcon.None)
        {
            json.WriteNull("assurance");
        }
        else
        {
            json.WriteString("assurance", ReportCodes.Assurance(spc.Assurance));
        }

        json.WriteEndObject();
    }
}
