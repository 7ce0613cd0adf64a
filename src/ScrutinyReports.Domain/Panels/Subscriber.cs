namespace ScrutinyReports.Domain.Panels;

/// <summary>
/// A person the pipeline writes to: a panel member, who is told when the panel's report is published, or an
/// officer, who owns the indicators of <see cref="Themes"/> and is reminded when their figures are due.
/// </summary>
public sealed record Subscriber(string Email, string Name, SubscriberRole Role, string? PanelId, IReadOnlyList<string> Themes)
{
    /// <summary>Whether the officer owns an indicator of this theme (themes compare without regard to case).</summary>
    public bool Owns(string theme) => Themes.Any(owned => string.Equals(owned, theme, StringComparison.OrdinalIgnoreCase));
}

public enum SubscriberRole
{
    Member,
    Officer,
}
