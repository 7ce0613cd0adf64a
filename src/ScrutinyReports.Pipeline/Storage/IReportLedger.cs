namespace ScrutinyReports.Pipeline.Storage;

/// <summary>One published version of a panel's report for a period; a new version exists only when its inputs changed.</summary>
public sealed record ReportVersion(string PanelId, string Period, int Version, string InputFingerprint, DateTimeOffset PublishedAt)
{
    /// <summary>The folder of this version's files in the reports container: "cypf/2019-09/v1".</summary>
    public string Folder => $"{PanelId}/{Period}/v{Version}";
}

public interface IReportLedger
{
    Task<ReportVersion?> LatestAsync(string panelId, string period, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReportVersion>> ListAsync(string panelId, CancellationToken cancellationToken = default);

    /// <summary>Records a version; fails if that version number is already taken.</summary>
    Task RecordAsync(ReportVersion version, CancellationToken cancellationToken = default);
}
