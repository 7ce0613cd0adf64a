using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The blob and table service clients for one account, from a connection string (keys or SAS; Azurite's too) or from
/// an account URL signed in with the options' credential, or else <see cref="DefaultAzureCredential"/> (managed
/// identity in Azure, the developer's sign-in on a laptop), so that no key need be kept anywhere. Making the clients does no I/O.
/// </summary>
internal sealed class StorageAccount
{
    private StorageAccount(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues)
    {
        Blobs = blobs;
        Tables = tables;
        Queues = queues;
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public QueueServiceClient Queues { get; }

    /// <summary>The blob endpoint without any SAS: safe to show.</summary>
    public string Description => Blobs.Uri.GetLeftPart(UriPartial.Path);

    public static StorageAccount Connect(string connectionStringOrAccountUrl, AzureStoreOptions options)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        // The Functions queue trigger reads Base64 messages by default.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (options.Interceptor is { } interceptor)
        {
            blobOptions.AddPolicy(interceptor, HttpPipelinePosition.PerCall);
            tableOptions.AddPolicy(interceptor, HttpPipelinePosition.PerCall);
            queueOptions.AddPolicy(interceptor, HttpPipelinePosition.PerCall);
        }

        if (Uri.TryCreate(connectionStringOrAccountUrl.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            var endpoints = AccountEndpoints.FromBlobEndpoint(url);
            var credential = options.Credential ?? new DefaultAzureCredential();
            return new StorageAccount(new BlobServiceClient(endpoints.Blob, credential, blobOptions), new TableServiceClient(endpoints.Table, credential, tableOptions),
                new QueueServiceClient(endpoints.Queue, credential, queueOptions));
        }

        try
        {
            return new StorageAccount(new BlobServiceClient(connectionStringOrAccountUrl, blobOptions), new TableServiceClient(connectionStringOrAccountUrl, tableOptions),
                new QueueServiceClient(connectionStringOrAccountUrl, queueOptions));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // The text may hold an account key, so it is not repeated.
            throw new ArgumentException("The Azure store needs a storage connection string (with AccountName= or UseDevelopmentStorage=true) or an account URL https://ACCOUNT.blob.core.windows.net.", nameof(connectionStringOrAccountUrl), ex);
        }
    }
}
