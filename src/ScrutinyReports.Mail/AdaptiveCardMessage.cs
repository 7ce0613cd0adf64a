using System.Text.Json.Nodes;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

/// <summary>
/// The body a Teams incoming webhook (Workflows or the older connectors) accepts: a <c>message</c> whose one
/// attachment is an Adaptive Card with the title, the summary and, when there is a link, an "Open the report" button.
/// </summary>
internal static class AdaptiveCardMessage
{
    public const string OpenReport = "Open the report";

    // 1.4 is the newest version every Teams client renders.
    private const string CardVersion = "1.4";

    public static string Json(WebhookCard card)
    {
        var content = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = CardVersion,
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = card.Summary, ["wrap"] = true }),
        };
        if (!string.IsNullOrWhiteSpace(card.Link))
        {
            content["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = OpenReport, ["url"] = card.Link });
        }

        var message = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["contentUrl"] = null,
                ["content"] = content,
            }),
        };
        return message.ToJsonString();
    }
}
