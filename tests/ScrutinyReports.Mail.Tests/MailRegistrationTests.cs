using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail.Tests;

/// <summary>AddMail registers only what configuration sets up, bound from the Smtp and Notifications sections.</summary>
public sealed class MailRegistrationTests
{
    [Fact]
    public void AddMail_NothingConfigured_RegistersNoChannel()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Smtp:From"] = "scrutiny@council.example" });

        Assert.Null(provider.GetService<IMailSender>());
        Assert.Null(provider.GetService<IWebhookChannel>());
    }

    [Fact]
    public void AddMail_SmtpHost_RegistersSmtpSenderWithDefaults()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.council.example",
            ["Smtp:From"] = "Scrutiny reports <scrutiny@council.example>",
        });

        var sender = Assert.IsType<SmtpMailSender>(provider.GetRequiredService<IMailSender>());
        Assert.Equal("smtp.council.example:587", sender.Description);
        var options = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.True(options.UseStartTls);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Null(provider.GetService<IWebhookChannel>());
    }

    [Fact]
    public void AddMail_EverySmtpSetting_IsBound()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "relay.council.example",
            ["Smtp:Port"] = "25",
            ["Smtp:From"] = "scrutiny@council.example",
            ["Smtp:UserName"] = "scrutiny",
            ["Smtp:Password"] = "relay-password",
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:Timeout"] = "00:00:10",
        });

        var options = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal(("relay.council.example", 25, "scrutiny@council.example"), (options.Host, options.Port, options.From));
        Assert.Equal(("scrutiny", "relay-password"), (options.UserName, options.Password));
        Assert.False(options.UseStartTls);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal("relay.council.example:25", provider.GetRequiredService<IMailSender>().Description);
    }

    [Fact]
    public void AddMail_SmtpHostWithoutFrom_FailsWhenResolvedNamingTheSetting()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Smtp:Host"] = "smtp.council.example" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IMailSender>());

        Assert.StartsWith("Smtp:From is not set", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddMail_PickupDirectoryWithoutHost_RegistersTheFolderSender()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scrutiny-mail-out");
        using var provider = Provider(new Dictionary<string, string?> { ["Smtp:PickupDirectory"] = folder });

        var sender = Assert.IsType<PickupDirectoryMailSender>(provider.GetRequiredService<IMailSender>());

        Assert.Equal($"the folder {folder}", sender.Description);
        Assert.False(Directory.Exists(Path.Combine(folder, "never-written")));
    }

    [Fact]
    public void AddMail_HostAndPickupDirectory_FailsWhenResolvedNamingBothSettings()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.council.example",
            ["Smtp:From"] = "scrutiny@council.example",
            ["Smtp:PickupDirectory"] = "mail-out",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IMailSender>());

        var problem = Assert.Single(failure.Failures);
        Assert.StartsWith("Smtp:Host and Smtp:PickupDirectory are both set", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMail_PickupDirectoryWithAMalformedFrom_FailsWhenResolvedNamingTheSetting()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Smtp:PickupDirectory"] = "mail-out", ["Smtp:From"] = "scrutiny reports" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IMailSender>());

        Assert.StartsWith("Smtp:From is \"scrutiny reports\", which is not an e-mail address", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddMail_WebhookUrl_RegistersWebhookChannelOnly()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Notifications:WebhookUrl"] = "https://council.webhook.office.com/webhookb2/abc" });

        Assert.IsType<WebhookChannel>(provider.GetRequiredService<IWebhookChannel>());
        Assert.Null(provider.GetService<IMailSender>());
    }

    [Fact]
    public void AddMail_RelativeWebhookUrl_FailsWhenResolvedWithoutShowingIt()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Notifications:WebhookUrl"] = "webhookb2/secret-token" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IWebhookChannel>());

        Assert.StartsWith("Notifications:WebhookUrl is not an absolute https:// address", Assert.Single(failure.Failures), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMail(configuration).BuildServiceProvider();
    }
}
