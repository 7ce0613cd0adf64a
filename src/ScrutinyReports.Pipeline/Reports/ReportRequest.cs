using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Reports;

/// <summary>
/// Choices for one report: the panel (the store's only panel when null), an audience overriding the panel's, and the
/// small-number threshold for public reports (5 when null).
/// </summary>
public sealed record ReportRequest
{
    public string? PanelId { get; init; }

    public Audience? Audience { get; init; }

    public int? SuppressBelow { get; init; }
}
