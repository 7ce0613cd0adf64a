using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.Quality;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Json;

/// <summary>Writes a report's revisions and data-quality warnings into report.json.</summary>
internal static class QualityJson
{
    public static void Write(Utf8JsonWriter json, ScrutinyReport report)
    {
        json.WriteStartArray("revisions");
        foreach (var revision in report.DataQuality.Revisions)
        {
            json.WriteStartObject();
            json.WriteString("indicator", revision.IndicatorId);
            json.WriteString("period", revision.Period.Code);
            Number(json, "oldValue", revision.OldValue);
            Number(json, "newValue", revision.NewValue);
            Upload(json, "oldUpload", revision.OldUpload);
            Upload(json, "newUpload", revision.NewUpload);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dataQuality");
        foreach (var warning in report.DataQuality.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(warning.Kind.ToString()));
            json.WriteString("indicator", warning.IndicatorId);
            json.WriteString("period", warning.Period.Code);
            json.WriteString("message", warning.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Upload(Utf8JsonWriter json, string name, UploadReference upload)
    {
        json.WriteStartObject(name);
        json.WriteString("id", upload.UploadId);
        json.WriteString("fileName", upload.FileName);
        if (upload.Uploader is null)
        {
            json.WriteNull("uploader");
        }
        else
        {
            json.WriteString("uploader", upload.Uploader);
        }

        json.WriteString("receivedAt", upload.ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

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
