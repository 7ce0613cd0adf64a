using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// How notifications are sent and where their links point. Hosts bind it from configuration: Portal:BaseUrl,
/// Portal:InternalBaseUrl and Reminders:DaysBefore.
/// </summary>
public sealed record NotificationOptions
{
    /// <summary>The portal's address ("https://reports.council.example"); unset, links go to the portal's files where the store keeps them.</summary>
    public string? PortalBaseUrl { get; init; }

    /// <summary>
    /// Where internal-audience reports are served when the portal holds public ones only: the Functions app's
    /// reports endpoint ("https://app.azurewebsites.net/api/reports"), which links to {panel}/{period}/v{n}/report.html.
    /// </summary>
    public string? InternalReportsBaseUrl { get; init; }

    /// <summary>The portals regenerated on publication: the local <c>site/</c> folder, or Azure's static website.</summary>
    public IReadOnlyList<PortalTarget> PortalTargets { get; init; } = [PortalTarget.Local];

    /// <summary>How many days before a data deadline officers are reminded (the default: 5).</summary>
    public int ReminderDaysBefore { get; init; } = 5;

    /// <summary>The day of the month figures are due when no panel names one.</summary>
    public int DefaultDeadlineDay { get; init; } = 5;
}
