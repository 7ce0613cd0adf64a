namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>What one scan of the uploads container did, file by file in the order the files were taken.</summary>
public sealed record UploadDropSummary(IReadOnlyList<UploadDrop> Drops)
{
    public int Accepted => Count(UploadDropStatus.Accepted);

    public int Unchanged => Count(UploadDropStatus.Unchanged);

    public int Rejected => Count(UploadDropStatus.Rejected);

    /// <summary>Files left in uploads after an unexpected failure, to be tried again.</summary>
    public int Failed => Count(UploadDropStatus.Failed);

    private int Count(UploadDropStatus status) => Drops.Count(drop => drop.Status == status);
}
