using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>A lead officer as people read them: the name the subscriber list gives the address, else the address itself.</summary>
public static class LeadNames
{
    public static string Of(string email, IReadOnlyList<Subscriber> subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var name = subscribers.FirstOrDefault(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(s.Name))?.Name;
        return name is null ? email : name.Trim();
    }
}
