namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// A storage account's service endpoints, worked out from its blob endpoint: https://{account}.blob.core.windows.net
/// gives https://{account}.table.core.windows.net and https://{account}.queue.core.windows.net, in any cloud.
/// </summary>
internal sealed record AccountEndpoints(Uri Blob, Uri Table, Uri Queue)
{
    public static AccountEndpoints FromBlobEndpoint(Uri blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var labels = blob.Host.Split('.');
        if (blob.Scheme != Uri.UriSchemeHttps || labels.Length < 3 || !string.Equals(labels[1], "blob", StringComparison.OrdinalIgnoreCase) ||
            blob.AbsolutePath.Trim('/').Length > 0 || blob.Query.Length > 0)
        {
            throw new ArgumentException(
                $"{blob.GetLeftPart(UriPartial.Path)} is not a storage account URL: expected https://ACCOUNT.blob.core.windows.net (no path, no SAS), or a connection string.",
                nameof(blob));
        }

        return new AccountEndpoints(new Uri(blob.GetLeftPart(UriPartial.Authority)), Service(blob, labels, "table"), Service(blob, labels, "queue"));
    }

    private static Uri Service(Uri blob, string[] labels, string service)
    {
        labels = [.. labels];
        labels[1] = service;
        return new UriBuilder(Uri.UriSchemeHttps, string.Join('.', labels), blob.IsDefaultPort ? -1 : blob.Port).Uri;
    }
}
