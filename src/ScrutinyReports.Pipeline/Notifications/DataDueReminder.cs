using System.Text.Json;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>The payload of a data-due notification: who, for which month, by when, and which figures were missing when it was queued.</summary>
internal sealed record DataDueReminder(string Email, string Name, string Month, DateOnly Deadline, IReadOnlyList<DueFigureCode> Figures)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The notification's id: one reminder per officer per month, whatever the number of runs.</summary>
    public static string IdFor(string month, string email) => $"reminder:{month}:{email.ToLowerInvariant()}";
}

internal sealed record DueFigureCode(string Indicator, string Period);
