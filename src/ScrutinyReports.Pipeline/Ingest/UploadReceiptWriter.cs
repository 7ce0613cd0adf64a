using System.Text.Encodings.Web;
using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>Writes the receipt kept beside an archived upload: what arrived, when, from whom, and what became of it.</summary>
public static class UploadReceiptWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="alreadyReceivedAt">For content accepted before: when it first arrived (nothing was stored this time).</param>
    public static MemoryStream Write(UploadRecord upload, CommitResult? commit, IReadOnlyDictionary<string, long> perIndicator, IReadOnlyList<string>? warnings = null,
        DateTimeOffset? alreadyReceivedAt = null, int errorCount = 0)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(perIndicator);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("uploadId", upload.Id);
            json.WriteString("fileName", upload.FileName);
            json.WriteString("receivedAt", upload.ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            if (upload.Uploader is null)
            {
                json.WriteNull("uploader");
            }
            else
            {
                json.WriteString("uploader", upload.Uploader);
            }

            json.WriteString("outcome", upload.Outcome == UploadOutcome.Accepted ? "accepted" : "rejected");
            if (alreadyReceivedAt is { } first)
            {
                json.WriteString("alreadyReceivedAt", first.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteNumber("observations", upload.ObservationCount);
            if (commit is not null)
            {
                json.WriteNumber("added", commit.Added);
                json.WriteNumber("superseded", commit.Superseded);
                json.WriteNumber("outdated", commit.Outdated);
            }

            json.WriteStartObject("perIndicator");
            foreach (var (indicator, count) in perIndicator.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(indicator, count);
            }

            json.WriteEndObject();
            // The true count: "errors" keeps the first 200 lines and a line counting the rest.
            json.WriteNumber("errorCount", Math.Max(errorCount, upload.Errors.Count));
            json.WriteStartArray("errors");
            foreach (var error in upload.Errors)
            {
                json.WriteStringValue(error);
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in warnings ?? [])
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Position = 0;
        return buffer;
    }
}
