using System.Text.Json;
using Azure.Data.Tables;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Upload ledger entities: PartitionKey is the escaped upload id, RowKey "upload". An accepted entry is the commit
/// marker of its upload's figures: it names the commit attempt whose revisions count and its commit sequence number.
/// </summary>
internal static class UploadEntities
{
    public const string RowKey = "upload";
    private const string Attempt = "Attempt";
    private const string Sequence = "Sequence";

    // A string property holds at most 32K UTF-16 characters; longer error lists are split over numbered properties
    // and, past the entity's 1 MiB, cut short (the ingestor keeps at most 200 errors, so this is a backstop).
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 12;

    public static string PartitionKey(string uploadId) => TableKeys.EscapePart(uploadId);

    public static TableEntity Rejected(UploadRecord upload) => Entity(upload);

    public static TableEntity Accepted(UploadRecord upload, long observationCount, string attempt, long sequence)
    {
        var entity = Entity(upload with { Outcome = UploadOutcome.Accepted, ObservationCount = observationCount, Errors = [] });
        entity[Attempt] = attempt;
        entity[Sequence] = sequence;
        return entity;
    }

    /// <summary>The commit marker an accepted entry holds; null for a rejected upload.</summary>
    public static CommitMarker? Marker(TableEntity entity) =>
        entity.GetString("Outcome") == nameof(UploadOutcome.Accepted) && entity.GetString(Attempt) is { } attempt && entity.GetInt64(Sequence) is { } sequence
            ? new CommitMarker(attempt, sequence)
            : null;

    public static UploadRecord Read(TableEntity entity)
    {
        var errors = new List<string>();
        var json = string.Concat(Enumerable.Range(0, MaxChunks).Select(i => entity.GetString(ChunkName(i))).TakeWhile(chunk => chunk is not null));
        if (json.Length > 0)
        {
            errors = JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }

        return new UploadRecord(
            entity.GetString("Id"),
            entity.GetString("FileName"),
            new DateTimeOffset(entity.GetInt64("ReceivedTicks")!.Value, TimeSpan.Zero),
            entity.GetString("Uploader"),
            Enum.Parse<UploadOutcome>(entity.GetString("Outcome")),
            entity.GetInt64("ObservationCount")!.Value,
            errors);
    }

    private static TableEntity Entity(UploadRecord upload)
    {
        var entity = new TableEntity(PartitionKey(upload.Id), RowKey)
        {
            ["Id"] = upload.Id,
            ["FileName"] = upload.FileName,
            ["ReceivedAt"] = upload.ReceivedAt.ToUniversalTime(),
            ["ReceivedTicks"] = upload.ReceivedAt.UtcTicks,
            ["Uploader"] = upload.Uploader,
            ["Outcome"] = upload.Outcome.ToString(),
            ["ObservationCount"] = upload.ObservationCount,
        };
        var json = ErrorsJson(upload.Errors);
        for (var i = 0; i * ChunkChars < json.Length; i++)
        {
            entity[ChunkName(i)] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return entity;
    }

    private static string ErrorsJson(IReadOnlyList<string> errors)
    {
        var kept = errors.ToList();
        var json = JsonSerializer.Serialize(kept);
        while (json.Length > ChunkChars * MaxChunks)
        {
            kept = kept.Take(kept.Count / 2).ToList();
            json = JsonSerializer.Serialize(kept.Append($"... and {errors.Count - kept.Count} more errors, too long to keep in the ledger"));
        }

        return json;
    }

    private static string ChunkName(int index) => index == 0 ? "Errors" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Errors{index}");
}

/// <summary>Which commit attempt of an accepted upload counts, and where its commit falls in the store's commit sequence.</summary>
internal readonly record struct CommitMarker(string Attempt, long Sequence);
