using System.Diagnostics.CodeAnalysis;

namespace ScrutinyReports.Pipeline.Panels;

// The panel configuration file as written (camelCase JSON), before it is checked and turned into a Panel.
[SuppressMessage("Performance", "CA1812", Justification = "Created by System.Text.Json.")]
internal sealed class PanelDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Council { get; set; }

    public string? MeetingDate { get; set; }

    public string? AgendaItem { get; set; }

    public string? ReportTitle { get; set; }

    public string? CabinetMember { get; set; }

    public string? WardsAffected { get; set; }

    public string? AccountableDirector { get; set; }

    public string? OriginatingService { get; set; }

    public List<EmployeeDocument>? AccountableEmployees { get; set; }

    public List<ConsiderationDocument>? ConsideredBy { get; set; }

    public List<string>? Recommendations { get; set; }

    public string? Audience { get; set; }

    public Dictionary<string, string>? Sections { get; set; }

    public List<string>? BackgroundPapers { get; set; }

    public string? LocalAuthority { get; set; }

    public int? DataDeadlineDay { get; set; }

    public int? MaxExceptions { get; set; }

    public List<BreakdownDocument>? Breakdowns { get; set; }

    public List<string>? Readers { get; set; }

    public EmployeeDocument? Chair { get; set; }

    public int? ChairOverdueDays { get; set; }

    internal sealed class BreakdownDocument
    {
        public string? Indicator { get; set; }

        public List<string>? Dimensions { get; set; }
    }

    internal sealed class EmployeeDocument
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public string? Telephone { get; set; }

        public string? Email { get; set; }
    }

    internal sealed class ConsiderationDocument
    {
        public string? Body { get; set; }

        public string? Date { get; set; }
    }
}
