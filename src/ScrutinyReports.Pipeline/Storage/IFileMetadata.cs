namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Name-value metadata kept with a file, for a file store that has it (blob storage does; a folder does not). An
/// officer's upload tool can name the uploader this way (<see cref="Hosting.UploaderAddress.MetadataKey"/>).
/// </summary>
public interface IFileMetadata
{
    /// <summary>The value of <paramref name="key"/> on the file, or null when the file or the key is absent.</summary>
    Task<string?> GetMetadataAsync(string container, string path, string key, CancellationToken cancellationToken = default);
}
