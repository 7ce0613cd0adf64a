using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// A record of each message sent (mail/sent/) and each that failed (mail/failed/), by message key. A message on
/// record as sent is never sent again, which makes every redelivered event and every repeated run harmless. Its
/// failure record stays until it is sent, with how many attempts were made and the last error.
/// </summary>
public sealed class MessageLedger(IFileStore files)
{
    /// <summary>How long a claim to send a message holds: far longer than one SMTP send takes.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<bool> WasSentAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var stored = await files.OpenReadAsync(Containers.Mail, SentPath(key), cancellationToken);
        return stored is not null;
    }

    public async Task RecordSentAsync(string key, string to, string subject, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var failure = await ReadFailureAsync(key, cancellationToken);
        await WriteAsync(SentPath(key), new MessageRecord(key, to, subject, at, failure?.Attempts ?? 0, failure?.LastError), overwrite: false, cancellationToken);
        if (failure is not null)
        {
            await files.DeleteAsync(Containers.Mail, FailedPath(key), cancellationToken);
        }
    }

    public async Task<MessageRecord> RecordFailureAsync(string key, string to, string subject, string error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var earlier = await ReadFailureAsync(key, cancellationToken);
        var record = new MessageRecord(key, to, subject, at, (earlier?.Attempts ?? 0) + 1, error) { FirstFailedAt = earlier?.FirstFailedAt ?? at };
        await WriteAsync(FailedPath(key), record, overwrite: true, cancellationToken);
        return record;
    }

    /// <summary>
    /// Claims a message for sending, so that of two deliveries of one event at the same time only one sends it. A
    /// claim older than <see cref="ClaimLifetime"/> was left by a sender that died and is taken over.
    /// </summary>
    public async Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using (var claim = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new Claim(now), Json)))
        {
            if (await files.WriteAsync(Containers.Mail, ClaimPath(key), claim, overwrite: false, cancellationToken))
            {
                return true;
            }
        }

        await using (var stored = await files.OpenReadAsync(Containers.Mail, ClaimPath(key), cancellationToken))
        {
            var earlier = stored is null ? null : await JsonSerializer.DeserializeAsync<Claim>(stored, Json, cancellationToken);
            if (earlier is not null && now - earlier.At < ClaimLifetime)
            {
                return false;
            }
        }

        using var takeover = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new Claim(now), Json));
        return await files.WriteAsync(Containers.Mail, ClaimPath(key), takeover, overwrite: true, cancellationToken);
    }

    public Task ReleaseClaimAsync(string key, CancellationToken cancellationToken = default) =>
        files.DeleteAsync(Containers.Mail, ClaimPath(key), cancellationToken);

    /// <summary>Keeps a notification that can never be sent in mail/unreadable/, with why, so that nothing is lost.</summary>
    public async Task SetAsideAsync(Notification notification, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { notification.Id, notification.Kind, notification.Payload, reason, at }, Json));
        await files.WriteAsync(Containers.Mail, $"unreadable/{Hash(notification.Id)}.json", content, overwrite: true, cancellationToken);
    }

    /// <summary>Messages not yet delivered, with their attempts and last error.</summary>
    public async Task<IReadOnlyList<MessageRecord>> ListFailuresAsync(CancellationToken cancellationToken = default)
    {
        var failures = new List<MessageRecord>();
        foreach (var path in await files.ListAsync(Containers.Mail, "failed/", cancellationToken))
        {
            await using var stored = await files.OpenReadAsync(Containers.Mail, path, cancellationToken);
            if (stored is not null && await JsonSerializer.DeserializeAsync<MessageRecord>(stored, Json, cancellationToken) is { } record)
            {
                failures.Add(record);
            }
        }

        return failures;
    }

    private async Task<MessageRecord?> ReadFailureAsync(string key, CancellationToken cancellationToken)
    {
        await using var stored = await files.OpenReadAsync(Containers.Mail, FailedPath(key), cancellationToken);
        return stored is null ? null : await JsonSerializer.DeserializeAsync<MessageRecord>(stored, Json, cancellationToken);
    }

    private async Task WriteAsync(string path, MessageRecord record, bool overwrite, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record, Json));
        await files.WriteAsync(Containers.Mail, path, content, overwrite, cancellationToken);
    }

    // Keys carry addresses and event ids; a hash keeps paths short and free of characters a blob name dislikes.
    private static string SentPath(string key) => $"sent/{Hash(key)}.json";

    private static string FailedPath(string key) => $"failed/{Hash(key)}.json";

    private static string ClaimPath(string key) => $"sending/{Hash(key)}.json";

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
}

internal sealed record Claim(DateTimeOffset At);

/// <summary>One message's delivery: sent at <see cref="At"/> after <see cref="Attempts"/> failed attempts, or, in a failure record, last failed then.</summary>
public sealed record MessageRecord(string Key, string To, string Subject, DateTimeOffset At, int Attempts, string? LastError)
{
    public DateTimeOffset? FirstFailedAt { get; init; }
}
