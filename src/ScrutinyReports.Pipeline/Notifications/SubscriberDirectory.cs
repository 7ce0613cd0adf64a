using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// The subscriber list as stored: mail/subscribers.json is the one in force, replaced by each import, and every
/// list ever imported is kept under mail/subscribers/ with its time and content hash.
/// </summary>
public static class SubscriberDirectory
{
    public const string CurrentPath = "subscribers.json";
    public const string HistoryFolder = "subscribers/";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static async Task<IReadOnlyList<Subscriber>> LoadAsync(IFileStore files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var stored = await files.OpenReadAsync(Containers.Mail, CurrentPath, cancellationToken);
        if (stored is null)
        {
            return [];
        }

        var list = await JsonSerializer.DeserializeAsync<StoredList>(stored, Json, cancellationToken);
        return list?.Subscribers ?? [];
    }

    public static async Task SaveAsync(IFileStore files, IReadOnlyList<Subscriber> subscribers, string source, DateTimeOffset importedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new StoredList(importedAt, source, [.. subscribers]), Json);
        var digest = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var stamp = importedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using (var history = new MemoryStream(bytes))
        {
            await files.WriteAsync(Containers.Mail, $"{HistoryFolder}{stamp}-{digest}.json", history, overwrite: false, cancellationToken);
        }

        using var current = new MemoryStream(bytes);
        await files.WriteAsync(Containers.Mail, CurrentPath, current, overwrite: true, cancellationToken);
    }

    private sealed record StoredList(DateTimeOffset ImportedAt, string Source, List<Subscriber> Subscribers);
}
