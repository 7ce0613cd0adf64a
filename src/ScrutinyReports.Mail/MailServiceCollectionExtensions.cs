using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

public static class MailServiceCollectionExtensions
{
    // Teams answers in well under a second; a post stuck longer than this is retried with the notification.
    private static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(30);

    // A client kept for the process's life must still see DNS changes.
    private static readonly TimeSpan WebhookConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Registers the notification channels that <paramref name="configuration"/> sets up:
    /// <see cref="SmtpMailSender"/> as <see cref="IMailSender"/> when <c>Smtp:Host</c> is set, else
    /// <see cref="PickupDirectoryMailSender"/> when <c>Smtp:PickupDirectory</c> is (no mail sender when neither is,
    /// which the pipeline reports as "no SMTP server configured"; both is an error when it is resolved), and <see cref="WebhookChannel"/> as
    /// <see cref="IWebhookChannel"/> when <c>Notifications:WebhookUrl</c> is set. Other settings are checked when the
    /// service is first resolved.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var smtp = configuration.GetSection(SmtpOptions.SectionName);
        var host = !string.IsNullOrWhiteSpace(smtp[nameof(SmtpOptions.Host)]);
        if (host || !string.IsNullOrWhiteSpace(smtp[nameof(SmtpOptions.PickupDirectory)]))
        {
            services.AddOptions<SmtpOptions>().Configure(options => smtp.Bind(options));
            services.TryAddSingleton(TimeProvider.System);
            if (host)
            {
                services.AddSingleton<IMailSender, SmtpMailSender>();
            }
            else
            {
                services.AddSingleton<IMailSender, PickupDirectoryMailSender>();
            }
        }

        var notifications = configuration.GetSection(WebhookOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(notifications[nameof(WebhookOptions.WebhookUrl)]))
        {
            services.AddOptions<WebhookOptions>().Configure(options => notifications.Bind(options));
            services.AddSingleton<IWebhookChannel>(provider => new WebhookChannel(
                new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = WebhookConnectionLifetime }) { Timeout = WebhookTimeout },
                provider.GetRequiredService<IOptions<WebhookOptions>>()));
        }

        return services;
    }
}
