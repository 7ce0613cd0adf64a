namespace ScrutinyReports.Domain.Panels;

/// <summary>An indicator the panel wants broken down, and by which dimensions (<c>team</c>, <c>age</c>), in the order the report shows them.</summary>
public sealed record PanelBreakdown(string Indicator, IReadOnlyList<string> Dimensions);
