using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Mail;

/// <summary>Everything notifications read from a host's configuration, in one place for both hosts.</summary>
public static class NotificationConfiguration
{
    /// <summary>Portal:PublishPublicSite: whether an Azure host writes public reports to the storage static website ($web); true unless set false.</summary>
    public const string PublishPublicSite = "Portal:PublishPublicSite";

    /// <summary>
    /// Registers the mail and webhook channels (<see cref="MailServiceCollectionExtensions.AddMail"/>) and the
    /// <see cref="NotificationOptions"/> from Portal:BaseUrl, Portal:MembersBaseUrl, Reminders:DaysBefore and Reminders:ChairOverdueDays.
    /// </summary>
    /// <param name="azure">True for the Azure store: the portal is the public static website, if enabled; otherwise the local site/ folder.</param>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, bool azure)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var daysBefore = configuration.GetValue("Reminders:DaysBefore", 5);
        if (daysBefore is < 0 or > 27)
        {
            throw new InvalidOperationException($"Reminders:DaysBefore: expected a number of days from 0 to 27; found {daysBefore}");
        }

        var chairOverdueDays = configuration.GetValue("Reminders:ChairOverdueDays", NotificationOptions.DefaultChairOverdueDays);
        if (chairOverdueDays is < 0 or > 365)
        {
            throw new InvalidOperationException($"Reminders:ChairOverdueDays: expected a number of days from 0 to 365; found {chairOverdueDays}");
        }

        IReadOnlyList<PortalTarget> targets = !azure ? [PortalTarget.Local]
            : configuration.GetValue(PublishPublicSite, true) ? [PortalTarget.PublicWebsite]
            : [];
        services.Replace(ServiceDescriptor.Singleton(new NotificationOptions
        {
            PortalBaseUrl = configuration["Portal:BaseUrl"],
            MembersBaseUrl = configuration["Portal:MembersBaseUrl"],
            ReminderDaysBefore = daysBefore,
            ChairOverdueDays = chairOverdueDays,
            PortalTargets = targets,
        }));
        return services.AddMail(configuration);
    }
}
