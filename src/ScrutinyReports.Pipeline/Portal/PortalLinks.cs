namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// The portal's pages as paths relative to its root. Senders append them to a configured base URL, so they never
/// change shape.
/// </summary>
public static class PortalLinks
{
    public const string Index = "index.html";

    public static string PeriodPage(string panelId, string period) => $"{panelId}/{period}/index.html";

    /// <summary>A panel's open follow-up log.</summary>
    public static string FollowUpPage(string panelId) => $"{panelId}/follow-up.html";
}
