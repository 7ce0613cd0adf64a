using System.Text.Json;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Notifications.Messages;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>The uploader's receipt repeats the file's name escaped, and counts every error the file had.</summary>
public sealed class ReceiptMessageTests
{
    private static readonly IndicatorCatalogue Catalogue = new([]);

    [Fact]
    public void Write_FileNameWithControlCharacters_IsEscapedInSubjectAndBody()
    {
        var receipt = Receipt("a\u001b[2J\nerror: x.csv.csv", ["a\\u001b[2J\\nerror: x.csv.csv, row 2, column C (\"value\"): expected a number"]);

        var message = ReceiptMessage.Write(receipt, Catalogue);

        Assert.Equal("Rejected: a\\u001b[2J\\nerror: x.csv.csv (1 error to correct)", message.Subject);
        Assert.DoesNotContain(message.Subject + message.ToText(), c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain("\nerror: x.csv", message.ToText(), StringComparison.Ordinal);
    }

    private static JsonElement Receipt(string fileName, string[] errors, int? errorCount = null)
    {
        var document = new Dictionary<string, object?>
        {
            ["uploadId"] = "sha256:abc",
            ["fileName"] = fileName,
            ["receivedAt"] = "2019-10-03T10:00:00.000Z",
            ["uploader"] = null,
            ["outcome"] = "rejected",
            ["observations"] = 0,
            ["perIndicator"] = new Dictionary<string, long>(),
            ["errors"] = errors,
            ["warnings"] = Array.Empty<string>(),
        };
        if (errorCount is { } count)
        {
            document["errorCount"] = count;
        }

        return JsonSerializer.SerializeToElement(document);
    }
}
