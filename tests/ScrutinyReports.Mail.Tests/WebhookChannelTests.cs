using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>The card a Teams webhook receives, and failures that name the status but never the secret address.</summary>
public sealed class WebhookChannelTests : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task PostAsync_PostsAdaptiveCardMessage()
    {
        using var hook = new WebhookListener(HttpStatusCode.OK);
        var card = new WebhookCard("report:cypf/2019-09/v1", "September 2019 report published", "Children's services panel, 68 indicators.", "https://reports.council.example/cypf/2019-09/");

        await Channel(hook.Url).PostAsync(card);

        var request = Assert.Single(hook.Requests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Body);
        var message = json.RootElement;
        Assert.Equal("message", message.GetProperty("type").GetString());
        var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var content = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal(
            ["September 2019 report published", "Children's services panel, 68 indicators."],
            content.GetProperty("body").EnumerateArray().Select(block => block.GetProperty("text").GetString()));
        var action = Assert.Single(content.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("Open the report", action.GetProperty("title").GetString());
        Assert.Equal("https://reports.council.example/cypf/2019-09/", action.GetProperty("url").GetString());
    }

    [Fact]
    public async Task PostAsync_NoLink_CardHasNoAction()
    {
        using var hook = new WebhookListener(HttpStatusCode.Accepted);

        await Channel(hook.Url).PostAsync(new WebhookCard("k", "Upload rejected", "october.xlsx, row 14: expected a number.", null));

        using var json = JsonDocument.Parse(Assert.Single(hook.Requests).Body);
        var content = json.RootElement.GetProperty("attachments")[0].GetProperty("content");
        Assert.False(content.TryGetProperty("actions", out _));
    }

    [Fact]
    public async Task PostAsync_ServerError_FailsNamingStatusNotAddress()
    {
        using var hook = new WebhookListener(HttpStatusCode.InternalServerError, answer: "Webhook failed");
        var secretUrl = new Uri(hook.Url, "?sig=SECRET-signature-123");

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => Channel(secretUrl).PostAsync(new WebhookCard("k", "Title", "Summary", null)));

        Assert.Equal("The team channel's webhook answered 500 Internal Server Error: Webhook failed", failure.Message);
        Assert.Single(hook.Requests);
    }

    [Fact]
    public async Task PostAsync_NothingListening_FailsWithoutAddress()
    {
        var url = new Uri($"http://127.0.0.1:{MaildevServer.FreePort()}/hook/?sig=SECRET-signature-123");

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => Channel(url).PostAsync(new WebhookCard("k", "Title", "Summary", null)));

        Assert.StartsWith("Could not post to the team channel's webhook: ", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/hook/", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoAddress_NamesTheSetting()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => new WebhookChannel(http, Options.Create(new WebhookOptions())));

        Assert.Equal("Notifications:WebhookUrl is not set: give the team channel's incoming webhook address.", Assert.Single(failure.Failures));
    }

    private WebhookChannel Channel(Uri url) => new(http, Options.Create(new WebhookOptions { WebhookUrl = url }));
}
