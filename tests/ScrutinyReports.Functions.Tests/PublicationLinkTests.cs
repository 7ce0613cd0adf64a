using System.Globalization;
using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The publication e-mail's link, sent through MailDev by SendNotification as on Azure with the public site on: a
/// public panel's members are sent to the public portal, an internal panel's to its version on the members' page.
/// </summary>
public sealed class PublicationLinkTests(MaildevFixture maildev) : IClassFixture<MaildevFixture>
{
    private const string PortalUrl = "https://stcouncil.z33.web.core.windows.net/";
    private const string MembersUrl = "https://func-council.azurewebsites.net/api/members";

    [Fact]
    public async Task Publication_PublicPanel_LinksToThePublicPortal()
    {
        var text = await PublishAndReadEmailAsync(DemoCouncil.Panel);

        Assert.Contains($"{PortalUrl}cypf/2019-09/index.html", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MembersUrl, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_InternalPanel_LinksToTheVersionOnTheMembersPage()
    {
        var text = await PublishAndReadEmailAsync(DemoCouncil.Panel with { Audience = Audience.Internal, Readers = [MembersFixture.CypfReaders] });

        Assert.Contains($"{MembersUrl}/cypf#2019-09-v1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalUrl, text, StringComparison.Ordinal);
    }

    private async Task<string> PublishAndReadEmailAsync(Panel panel)
    {
        await maildev.Server.ClearAsync();
        var settings = MembersFixture.PlatformSettings;
        settings["Smtp__Host"] = "127.0.0.1";
        settings["Smtp__Port"] = maildev.Server.SmtpPort.ToString(CultureInfo.InvariantCulture);
        settings["Smtp__UseStartTls"] = "false";
        settings["Portal__PublishPublicSite"] = "true";
        settings["Portal__BaseUrl"] = PortalUrl;
        settings["Portal__MembersBaseUrl"] = MembersUrl;
        await using var app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z", settings);
        var imported = await app.Create<SubscriberImporter>().ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes("email,name,role,panel,themes\nchair@council.example,Cllr Ada Chair,member,cypf,\n")), "people.csv");
        Assert.Empty(imported.Errors);
        await PublishedReportFixture.PublishSeptemberAsync(app, panel);

        var queue = new QueueClient(app.ConnectionString, SendNotification.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        foreach (var message in (await queue.ReceiveMessagesAsync(32)).Value)
        {
            await app.Create<SendNotification>().Run(message, CancellationToken.None);
        }

        var email = (await maildev.Server.WaitForEmailsAsync(1)).Single(e => e.Subject.Contains("September 2019", StringComparison.Ordinal));
        Assert.Equal("chair@council.example", Assert.Single(email.To).Address);
        return email.Text + email.Html;
    }
}
