using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>An upload tool can name the uploader in blob metadata; the receipt then goes to that address.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploaderMetadataTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("september.csv", "performance@council.example", "performance@council.example")]
    [InlineData("officer@council.example/september.csv", "", "officer@council.example")]
    [InlineData("officer@council.example/september.csv", "deputy@council.example", "deputy@council.example")]
    public async Task DroppedBlob_UploaderComesFromMetadataThenFromTheFolder(string path, string metadata, string expected)
    {
        var prefix = AzuriteFixture.NewPrefix();
        var store = await azurite.OpenStoreAsync(prefix);
        try
        {
            var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + Containers.Uploads).GetBlobClient(path);
            await blob.UploadAsync(new BinaryData("indicator,period,value\nCLA_COUNT,2019-09,588\n"u8.ToArray()), new BlobUploadOptions
            {
                Metadata = metadata.Length > 0 ? new Dictionary<string, string> { [UploaderAddress.MetadataKey] = metadata } : null,
            });

            var drop = await new UploadDropHandler(store, new UploadIngestor(store, TimeProvider.System)).HandleAsync(path);

            Assert.Equal(UploadDropStatus.Accepted, drop.Status);
            Assert.Equal(expected, drop.Outcome!.Upload.Uploader);
            var queued = (await store.Notifications.ReceiveAsync(10)).Select(r => r.Notification).Single(n => n.Kind == NotificationKinds.UploadReceipt);
            Assert.Contains($"\"uploader\": \"{expected}\"", queued.Payload, StringComparison.Ordinal);
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(store);
        }
    }
}
