namespace ScrutinyReports.Storage.Azure;

/// <summary>The store's tables (before any name prefix). Table names are letters and digits only.</summary>
internal static class StoreTables
{
    /// <summary>Catalogue versions, one partition each, and the pointer to the current one.</summary>
    public const string Catalogue = "catalogue";

    /// <summary>Every figure ever stored, as immutable revisions.</summary>
    public const string Observations = "observations";

    /// <summary>The upload ledger, whose accepted entries are the commit markers, and the commit sequence.</summary>
    public const string Uploads = "uploads";

    /// <summary>Published report versions.</summary>
    public const string Reports = "reports";

    public const string Panels = "panels";

    /// <summary>Panels' follow-up logs: a partition per panel, each item's definition and its appended history entries.</summary>
    public const string FollowUps = "followups";

    public static IReadOnlyList<string> All { get; } = [Catalogue, Observations, Uploads, Reports, Panels, FollowUps];
}
