using System.Globalization;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

/// <summary>
/// Posts <see cref="WebhookCard"/>s to a Teams incoming webhook as Adaptive Cards. Safe to share between threads, as
/// the <see cref="HttpClient"/> it is given is.
/// </summary>
public sealed class WebhookChannel : IWebhookChannel
{
    // Enough of an error body to say what the service disliked ("Summary or Text is required").
    private const int ErrorBodyCharacters = 200;

    private readonly HttpClient httpClient;
    private readonly Uri webhookUrl;

    /// <param name="httpClient">Used for every post and not disposed here; its timeout bounds each post.</param>
    /// <param name="options">The webhook's address.</param>
    /// <exception cref="OptionsValidationException">The address is missing or not an absolute http(s) address.</exception>
    public WebhookChannel(HttpClient httpClient, IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Value.Problems();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(WebhookOptions), problems);
        }

        this.httpClient = httpClient;
        webhookUrl = options.Value.WebhookUrl!;
    }

    /// <exception cref="MessageDeliveryException">
    /// The webhook could not be reached, did not answer in time or answered with a status other than success. The
    /// message names the status, never the webhook's address.
    /// </exception>
    public async Task PostAsync(WebhookCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var content = new StringContent(AdaptiveCardMessage.Json(card), Encoding.UTF8, MediaTypeNames.Application.Json);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.PostAsync(webhookUrl, content, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new MessageDeliveryException(WithoutAddress($"Could not post to the team channel's webhook: {e.Message}"), e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageDeliveryException(string.Create(CultureInfo.InvariantCulture,
                $"The team channel's webhook did not answer within {httpClient.Timeout.TotalSeconds:0.#} s."), e);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            var detail = body.Length == 0 ? string.Empty : ": " + (body.Length > ErrorBodyCharacters ? body[..ErrorBodyCharacters] + "..." : body);
            throw new MessageDeliveryException(WithoutAddress(string.Create(CultureInfo.InvariantCulture,
                $"The team channel's webhook answered {(int)response.StatusCode} {response.ReasonPhrase}{detail}")));
        }
    }

    private string WithoutAddress(string text) =>
        text.Replace(webhookUrl.OriginalString, "(webhook address)", StringComparison.OrdinalIgnoreCase)
            .Replace(webhookUrl.AbsoluteUri, "(webhook address)", StringComparison.OrdinalIgnoreCase);
}
