using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>
/// The message an uploader gets for a file: accepted, with how many figures per indicator and any data-quality
/// warnings; or rejected, with every error located so it can be corrected. Built from the receipt kept beside the
/// archived file (the notification's payload).
/// </summary>
public static class ReceiptMessage
{
    /// <summary>Errors listed in the message itself; the receipt in the archive keeps the rest.</summary>
    public const int ErrorsShown = 50;

    public static MessageDocument Write(JsonElement receipt, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var file = receipt.GetProperty("fileName").GetString() ?? "your file";
        var received = DateTimeOffset.Parse(receipt.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture);
        var when = UkTime.Format(received);
        return receipt.GetProperty("outcome").GetString() == "accepted"
            ? Accepted(receipt, file, when, catalogue)
            : Rejected(receipt, file, when);
    }

    private static MessageDocument Accepted(JsonElement receipt, string file, string when, IndicatorCatalogue catalogue)
    {
        var stored = receipt.GetProperty("observations").GetInt64();
        var added = Number(receipt, "added");
        var superseded = Number(receipt, "superseded");
        var document = new MessageDocument($"Accepted: {file} ({Count(stored, "figure")})")
            .Paragraph($"Your file {file}, received on {when} (UK time), was accepted: {Count(stored, "figure")} stored, " +
                       $"{added.ToString("N0", CultureInfo.InvariantCulture)} new and {superseded.ToString("N0", CultureInfo.InvariantCulture)} replacing figures sent earlier.");
        var rows = receipt.GetProperty("perIndicator").EnumerateObject()
            .Select(pair => (IReadOnlyList<string>)[NameOf(pair.Name, catalogue), pair.Value.GetInt64().ToString("N0", CultureInfo.InvariantCulture)]);
        document.Table("Figures stored per indicator", ["Indicator", "Figures"], rows);
        var warnings = receipt.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? string.Empty).ToList();
        if (warnings.Count > 0)
        {
            document.Heading($"Please check {Count(warnings.Count, "data-quality warning")}")
                .Paragraph("The figures are stored and will be reported. These may be right, but they are unusual; if any is a mistake, upload a corrected file.")
                .List(warnings);
        }
        else
        {
            document.Paragraph("No data-quality warnings. Nothing else needs doing.");
        }

        return document.Paragraph($"Reference: {receipt.GetProperty("uploadId").GetString()}");
    }

    private static MessageDocument Rejected(JsonElement receipt, string file, string when)
    {
        var errors = receipt.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
        var counted = errors.Count(e => !e.StartsWith("...", StringComparison.Ordinal));
        var document = new MessageDocument($"Rejected: {file} ({Count(counted, "error")} to correct)")
            .Paragraph($"Your file {file}, received on {when} (UK time), was rejected, and nothing from it was stored. " +
                       "Please correct the errors below and upload the whole file again.")
            .Heading("Errors, by row and column as the spreadsheet shows them")
            .List(errors.Take(ErrorsShown));
        if (errors.Count > ErrorsShown)
        {
            document.Paragraph($"... and {errors.Count - ErrorsShown} more listed in the receipt kept with the file.");
        }

        return document.Paragraph($"Reference: {receipt.GetProperty("uploadId").GetString()}");
    }

    private static long Number(JsonElement receipt, string name) => receipt.TryGetProperty(name, out var value) ? value.GetInt64() : 0;

    private static string NameOf(string id, IndicatorCatalogue catalogue) => catalogue.TryGet(id, out var indicator) ? $"{indicator.Name} ({id})" : id;

    internal static string Count(long count, string noun) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";
}
