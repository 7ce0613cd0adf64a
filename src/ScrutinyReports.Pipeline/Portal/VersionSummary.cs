namespace ScrutinyReports.Pipeline.Portal;

/// <summary>What the portal shows of one version, taken from its report.json.</summary>
internal sealed record VersionSummary(
    string PanelName,
    string PeriodLabel,
    bool IsPublic,
    RagCounts Rag,
    int? PreviousVersion,
    IReadOnlyList<VersionChangeText> Changes)
{
    /// <summary>How many breakdowns the report has, and how many of their categories lie outside the 99.8% funnel limits.</summary>
    public BreakdownCounts Breakdowns { get; init; } = new(0, 0);
}

/// <summary>A report's breakdowns (indicator and dimension) and the categories flagged outside their 99.8% limits.</summary>
internal sealed record BreakdownCounts(int Sections, int Flagged)
{
    /// <summary>"3 breakdowns; 2 categories outside the 99.8% funnel limits".</summary>
    public string Text => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Sections} breakdown{(Sections == 1 ? "" : "s")} by team, area or group; {(Flagged == 0 ? "no" : Flagged.ToString(System.Globalization.CultureInfo.InvariantCulture))} categor{(Flagged == 1 ? "y" : "ies")} outside the 99.8% funnel limits");
}

/// <summary>How many indicators a report rates red, amber and green, and how many it does not rate.</summary>
internal sealed record RagCounts(int Red, int Amber, int Green, int NotRated);

/// <summary>
/// One change since the previous version, with the indicator named as the report names it. For a figure (field
/// "value") Old and New are written with the indicator's unit ("35.5%"), for a period by name ("September 2019");
/// null is no figure. Status and RAG changes keep their codes, which <see cref="ChangeWording"/> words.
/// </summary>
internal sealed record VersionChangeText(string Indicator, string Field, string? Old, string? New);
