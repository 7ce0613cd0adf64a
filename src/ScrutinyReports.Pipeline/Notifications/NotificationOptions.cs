using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// How notifications are sent and where their links point. Hosts bind it from configuration: Portal:BaseUrl,
/// Portal:MembersBaseUrl, Reminders:DaysBefore and Reminders:ChairOverdueDays.
/// </summary>
public sealed record NotificationOptions
{
    /// <summary>The portal's address ("https://reports.council.example"); unset, links go to the portal's files where the store keeps them.</summary>
    public string? PortalBaseUrl { get; init; }

    /// <summary>
    /// Where members read reports no portal holds (internal-audience ones on Azure): the Functions app's members'
    /// pages behind Entra sign-in ("https://app.azurewebsites.net/api/members"). A publication links to the version
    /// on its panel's page, {panel}#{period}-v{n}.
    /// </summary>
    public string? MembersBaseUrl { get; init; }

    /// <summary>The portals regenerated on publication: the local <c>site/</c> folder, or Azure's static website.</summary>
    public IReadOnlyList<PortalTarget> PortalTargets { get; init; } = [PortalTarget.Local];

    /// <summary>How many days before a data deadline officers are reminded (the default: 5).</summary>
    public int ReminderDaysBefore { get; init; } = 5;

    public const int DefaultChairOverdueDays = 14;

    /// <summary>
    /// How many days past its due date an open follow-up item must be before the panel's chair is told, when the panel
    /// names no chairOverdueDays of its own.
    /// </summary>
    public int ChairOverdueDays { get; init; } = DefaultChairOverdueDays;

    /// <summary>The day of the month figures are due when no panel names one.</summary>
    public int DefaultDeadlineDay { get; init; } = 5;
}
