using System.Text.Json;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Comparators;

/// <summary>
/// Comparator figures officers send in a long-format upload's <c>comparator</c> column, kept per upload as
/// comparators/manual/{content hash}.json. The file is written after the upload's figures are committed, and again
/// on a repeat delivery if it is missing, so retries complete it and a rejected upload writes nothing. Where two
/// uploads give the same comparator, indicator and period, the later upload wins.
/// </summary>
public static class ManualComparators
{
    public const string Folder = "manual/";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task SaveAsync(IFileStore files, UploadRecord upload, IReadOnlyList<Observation> rows, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var stored = new StoredUpload(upload.ReceivedAt.UtcTicks, upload.Id, rows.Select(row =>
        {
            ComparatorRows.IsComparator(row, out var name);
            return new StoredRow(row.IndicatorId, name, CatalogueCodes.Code(row.Period.Frequency), row.Period.Code, row.Value, row.HasValue ? null : row.Status.ToString());
        }).ToList());
        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(stored, Options));
        await files.WriteAsync(Containers.Comparators, $"{Folder}{upload.Digest}.json", buffer, overwrite, cancellationToken);
    }

    public static async Task<IReadOnlyList<Comparator>> LoadAsync(IFileStore files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var uploads = new List<StoredUpload>();
        foreach (var path in await files.ListAsync(Containers.Comparators, Folder, cancellationToken))
        {
            await using var stream = await files.OpenReadAsync(Containers.Comparators, path, cancellationToken);
            if (stream is not null && await JsonSerializer.DeserializeAsync<StoredUpload>(stream, Options, cancellationToken) is { } upload)
            {
                uploads.Add(upload);
            }
        }

        var latest = new Dictionary<(string, string, string), Comparator>();
        foreach (var upload in uploads.OrderBy(u => u.ReceivedTicks).ThenBy(u => u.UploadId, StringComparer.Ordinal))
        {
            foreach (var row in upload.Rows)
            {
                var period = ReportingPeriodPattern.Parse(row.Period, CatalogueCodes.ParseFrequency(row.Frequency)).Value;
                latest[(row.Indicator.ToUpperInvariant(), row.Name.ToUpperInvariant(), period.Code)] =
                    new Comparator(row.Indicator, ComparatorKind.Manual, row.Name, period, row.Value) { State = row.State };
            }
        }

        return [.. latest.Values];
    }

    private sealed record StoredUpload(long ReceivedTicks, string UploadId, List<StoredRow> Rows);

    private sealed record StoredRow(string Indicator, string Name, string Frequency, string Period, decimal? Value, string? State);
}
