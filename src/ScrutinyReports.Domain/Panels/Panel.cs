namespace ScrutinyReports.Domain.Panels;

/// <summary>The scrutiny panel a report is written for. Later configuration adds the cover-sheet details.</summary>
public sealed record Panel(string Id, string Name)
{
    public static Panel Default { get; } = new("default", "Scrutiny panel");

    public string? Council { get; init; }
}
