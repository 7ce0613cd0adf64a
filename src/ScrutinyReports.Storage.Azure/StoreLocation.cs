namespace ScrutinyReports.Storage.Azure;

/// <summary>Tells a store argument that names an Azure storage account from one that names a local folder.</summary>
public static class StoreLocation
{
    /// <summary>
    /// True for a storage connection string (it has AccountName=, UseDevelopmentStorage=true or BlobEndpoint=) and for
    /// an https URL; false for anything else, which is taken to be a folder.
    /// </summary>
    public static bool IsAzure(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = store.Trim();
        return (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
            || text.Contains("AccountName=", StringComparison.OrdinalIgnoreCase)
            || text.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            || text.Contains("BlobEndpoint=", StringComparison.OrdinalIgnoreCase);
    }
}
