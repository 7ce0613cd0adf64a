using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>
/// The message an uploader gets for a file: accepted, with how many figures per indicator and any data-quality
/// warnings; or rejected, with every error located so it can be corrected. Built from the receipt kept beside the
/// archived file (the notification's payload, or the file it names). Errors and warnings are listed up to
/// <see cref="ErrorsShown"/> and <see cref="WarningsShown"/>, so that a million-row upload's message stays small;
/// the rest are counted, with where the full receipt is kept.
/// </summary>
public static class ReceiptMessage
{
    /// <summary>Errors listed in the message itself; the receipt in the archive keeps the rest.</summary>
    public const int ErrorsShown = 50;

    /// <summary>Data-quality warnings listed in the message itself; the receipt in the archive keeps them all.</summary>
    public const int WarningsShown = 50;

    /// <param name="keptAt">Where the store keeps the full receipt (archive/receipts/...), named when not everything is listed.</param>
    public static MessageDocument Write(JsonElement receipt, IndicatorCatalogue catalogue, string? keptAt = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var file = receipt.GetProperty("fileName").GetString() is { } name ? Echo.Plain(name) : "your file";
        var received = DateTimeOffset.Parse(receipt.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture);
        var when = UkTime.Format(received);
        if (receipt.TryGetProperty("alreadyReceivedAt", out var first))
        {
            var firstWhen = UkTime.Format(DateTimeOffset.Parse(first.GetString()!, CultureInfo.InvariantCulture));
            return new MessageDocument($"Already received: {file}")
                .Paragraph($"Your file {file}, received on {when} (UK time), holds exactly the figures of a file accepted on {firstWhen}. " +
                           "They are already stored, so nothing changed. To correct a figure, upload a file with the corrected value.")
                .Paragraph($"Reference: {receipt.GetProperty("uploadId").GetString()}");
        }

        return receipt.GetProperty("outcome").GetString() == "accepted"
            ? Accepted(receipt, file, when, catalogue, keptAt)
            : Rejected(receipt, file, when);
    }

    private static MessageDocument Accepted(JsonElement receipt, string file, string when, IndicatorCatalogue catalogue, string? keptAt)
    {
        var stored = receipt.GetProperty("observations").GetInt64();
        var added = Number(receipt, "added");
        var superseded = Number(receipt, "superseded");
        var outdated = Number(receipt, "outdated");
        var document = new MessageDocument($"Accepted: {file} ({CountText.Of(stored, "figure")})")
            .Paragraph($"Your file {file}, received on {when} (UK time), was accepted: {CountText.Of(stored, "figure")} stored, " +
                       $"{N(added)} new and {N(superseded)} replacing figures sent earlier." +
                       (outdated > 0 ? $" {N(outdated)} {(outdated == 1 ? "was" : "were")} older than figures already received for the same months, so {(outdated == 1 ? "it is" : "they are")} kept as history and not reported." : string.Empty));
        var rows = receipt.GetProperty("perIndicator").EnumerateObject()
            .Select(pair => (IReadOnlyList<string>)[NameOf(pair.Name, catalogue), pair.Value.GetInt64().ToString("N0", CultureInfo.InvariantCulture)]);
        document.Table("Figures stored per indicator", ["Indicator", "Figures"], rows);
        var warnings = receipt.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? string.Empty).ToList();
        if (warnings.Count > 0)
        {
            document.Heading($"Please check {CountText.Of(warnings.Count, "data-quality warning")}")
                .Paragraph("The figures are stored and will be reported. These may be right, but they are unusual; if any is a mistake, upload a corrected file.")
                .List(warnings.Take(WarningsShown));
            if (warnings.Count > WarningsShown)
            {
                document.Paragraph($"... and {N(warnings.Count - WarningsShown)} more warnings not listed here; " +
                                   (keptAt is null ? "the full receipt in the archive lists them all." : $"the full receipt, kept in the store as {keptAt}, lists them all (ask whoever runs the service for it)."));
            }
        }
        else
        {
            document.Paragraph("No data-quality warnings. Nothing else needs doing.");
        }

        return document.Paragraph($"Reference: {receipt.GetProperty("uploadId").GetString()}");
    }

    private static MessageDocument Rejected(JsonElement receipt, string file, string when)
    {
        var lines = receipt.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
        var errors = lines.Where(line => !line.StartsWith("...", StringComparison.Ordinal)).ToList();
        var total = receipt.TryGetProperty("errorCount", out var count) ? count.GetInt64() : errors.Count + lines.Where(line => line.StartsWith("...", StringComparison.Ordinal)).Sum(MoreIn);
        var document = new MessageDocument($"Rejected: {file} ({CountText.Of(total, "error")} to correct)")
            .Paragraph($"Your file {file}, received on {when} (UK time), was rejected, and nothing from it was stored. " +
                       "Please correct the errors below and upload the whole file again.")
            .Heading("Errors, by row and column as the spreadsheet shows them")
            .List(errors.Take(ErrorsShown));
        if (total > ErrorsShown)
        {
            document.Paragraph($"... and {N(total - ErrorsShown)} more errors not listed here, most likely of the kinds above; correct these and check the file again.");
        }

        return document.Paragraph($"Reference: {receipt.GetProperty("uploadId").GetString()}");
    }

    // "... and 100 more errors like these": the errors an upload had beyond those kept.
    private static long MoreIn(string line)
    {
        var words = line.Split(' ');
        var and = Array.IndexOf(words, "and");
        return and >= 0 && and + 1 < words.Length && long.TryParse(words[and + 1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var more) ? more : 0;
    }

    private static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static long Number(JsonElement receipt, string name) => receipt.TryGetProperty(name, out var value) ? value.GetInt64() : 0;

    private static string NameOf(string id, IndicatorCatalogue catalogue) => catalogue.TryGet(id, out var indicator) ? $"{indicator.Name} ({id})" : id;

}
