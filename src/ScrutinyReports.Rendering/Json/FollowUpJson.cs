using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Json;

/// <summary>
/// Writes report.json's followUp: the panel's log as at the meeting, in the pack's order. Overdue is worked out
/// against asAt, never stored; movement figures are rounded as the pack shows them.
/// </summary>
internal static class FollowUpJson
{
    public static void Write(Utf8JsonWriter json, ScrutinyReport report)
    {
        var section = report.FollowUp;
        json.WriteStartObject("followUp");
        DateOrNull(json, "asAt", section.IsEmpty ? null : section.AsAt);
        DateOrNull(json, "lastMeeting", section.IsEmpty ? null : section.LastMeeting);
        json.WriteStartArray("items");
        foreach (var entry in section.Entries)
        {
            var item = entry.Item;
            json.WriteStartObject();
            json.WriteString("ref", item.Ref);
            json.WriteString("kind", FollowUpWords.Of(item.Kind));
            json.WriteString("text", item.Text);
            json.WriteString("status", FollowUpWords.Of(item.Status));
            json.WriteBoolean("overdue", entry.IsOverdue);
            json.WriteNumber("daysOverdue", entry.DaysOverdue);
            DateOrNull(json, "raised", item.Raised);
            DateOrNull(json, "due", item.Due);
            DateOrNull(json, "closed", item.ClosedOn);
            json.WriteString("lead", item.Lead);
            if (entry.LeadName is { } leadName)
            {
                json.WriteString("leadName", leadName);
            }

            if (item.LatestUpdate is { } update)
            {
                json.WriteString("latestUpdate", update.Update);
                DateOrNull(json, "latestUpdateDate", update.Date);
            }
            else
            {
                json.WriteNull("latestUpdate");
                json.WriteNull("latestUpdateDate");
            }

            json.WriteStartArray("indicators");
            foreach (var movement in entry.Movements)
            {
                json.WriteStartObject();
                json.WriteString("indicator", movement.IndicatorId);
                json.WriteString("fromPeriod", movement.FromPeriod.Code);
                NumberOrNull(json, "fromValue", movement.FromValue);
                json.WriteString("toPeriod", movement.ToPeriod.Code);
                NumberOrNull(json, "toValue", movement.ToValue);
                NumberOrNull(json, "change", movement.Change);
                json.WriteString("direction", ReportCodes.Direction(movement.Direction));
                json.WriteString("sentence", movement.Sentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void DateOrNull(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } day)
        {
            json.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, decimal? value)
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
