namespace ScrutinyReports.Domain.Panels;

/// <summary>
/// The scrutiny panel a report is written for, with the details its cover sheet carries. Only the id and name are
/// required; a report leaves out cleanly whatever else is not given.
/// </summary>
public sealed record Panel(string Id, string Name)
{
    public static Panel Default { get; } = new("default", "Scrutiny panel");

    public string? Council { get; init; }

    public DateOnly? MeetingDate { get; init; }

    public string? AgendaItem { get; init; }

    public string? ReportTitle { get; init; }

    public string? CabinetMember { get; init; }

    public string? WardsAffected { get; init; }

    public string? AccountableDirector { get; init; }

    public string? OriginatingService { get; init; }

    public IReadOnlyList<AccountableEmployee> AccountableEmployees { get; init; } = [];

    public IReadOnlyList<Consideration> ConsideredBy { get; init; } = [];

    public IReadOnlyList<string> Recommendations { get; init; } = [];

    /// <summary>Who may read the report: public reports suppress small numbers (see disclosure control).</summary>
    public Audience Audience { get; init; } = Audience.Public;

    public PanelSections Sections { get; init; } = new();

    public IReadOnlyList<string> BackgroundPapers { get; init; } = [];

    /// <summary>The DfE three-digit code of the council (336 is Wolverhampton), for published comparators.</summary>
    public string? LocalAuthority { get; init; }

    /// <summary>The day of the month a month's figures are due (5: September's figures by 5 October).</summary>
    public int? DataDeadlineDay { get; init; }

    /// <summary>How many exceptions the report lists before saying how many more there are (8 unless configured).</summary>
    public int MaxExceptions { get; init; } = Reports.ExceptionRanking.DefaultMaximum;

    /// <summary>
    /// The indicators the report breaks down, and by which dimensions. Null (never an empty list) when none are
    /// configured, so that a panel without breakdowns serialises, and so fingerprints, as it did before they existed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PanelBreakdown>? Breakdowns { get; init; }

    /// <summary>
    /// The Microsoft Entra groups (object ids) whose members may read the panel's reports on the members' pages, besides
    /// the app-wide officers' and administrators' groups. Null when none are named. Who may read a report is not part
    /// of what it says, so it never counts towards the input fingerprint.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Readers { get; init; }

    /// <summary>
    /// The panel's chair, told once a month of follow-up items overdue by more than <see cref="ChairOverdueDays"/>.
    /// Null when none is named. Like <see cref="Readers"/>, who is told is not part of what a report says.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PanelChair? Chair { get; init; }

    /// <summary>How many days past due an open item must be before the chair is told (Reminders:ChairOverdueDays when null).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? ChairOverdueDays { get; init; }

    /// <summary>The report's title: the configured one, or one made from the month.</summary>
    public string TitleFor(string periodLabel) => ReportTitle ?? $"Children's services performance: {periodLabel}";
}

public enum Audience
{
    Public,
    Internal,
}

/// <summary>The councillor who chairs the panel, and the address follow-up alerts go to.</summary>
public sealed record PanelChair(string Name, string Email);

/// <summary>An officer a councillor can contact about the report.</summary>
public sealed record AccountableEmployee(string Name, string? Role, string? Telephone, string? Email);

/// <summary>A body that has considered, or will consider, the report, and when.</summary>
public sealed record Consideration(string Body, DateOnly? Date);

/// <summary>The written sections of the report that officers supply; each is left out when empty.</summary>
public sealed record PanelSections
{
    public string? Purpose { get; init; }

    public string? Background { get; init; }

    public string? FinancialImplications { get; init; }

    public string? LegalImplications { get; init; }

    public string? EqualitiesImplications { get; init; }

    public string? EnvironmentalImplications { get; init; }

    public string? HumanResourcesImplications { get; init; }

    public string? CorporateLandlordImplications { get; init; }
}
