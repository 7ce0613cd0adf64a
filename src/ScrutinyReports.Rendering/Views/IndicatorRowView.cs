using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Json;

namespace ScrutinyReports.Rendering.Views;

/// <summary>One indicator as templates see it: display strings only, already formatted. Templates escape every value.</summary>
public sealed class IndicatorRowView
{
    public IndicatorRowView(IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var analysis = entry.Analysis;
        var indicator = analysis.Indicator;
        Id = indicator.Id;
        Name = indicator.Name;
        Definition = indicator.Definition;
        GoodDirection = DisplayText.GoodDirection(indicator.Polarity);
        Period = analysis.Period.ShortLabel;
        Latest = DisplayText.Figure(analysis.Current, indicator);
        PreviousPeriod = analysis.Previous.Period.ShortLabel;
        Previous = DisplayText.Figure(analysis.Previous.Earlier, indicator);
        Change = DisplayText.Change(analysis.Previous, indicator);
        Direction = DisplayText.Direction(analysis.Previous.Direction);
        YearAgoPeriod = analysis.YearAgo.Period.ShortLabel;
        YearAgo = DisplayText.Figure(analysis.YearAgo.Earlier, indicator);
        Target = DisplayText.Target(indicator);
        Rag = DisplayText.Rag(analysis.Rag);
        RagCode = ReportCodes.Rag(analysis.Rag);
        Status = ReportCodes.Status(analysis);
        Narrative = entry.Narrative;
        Commentary = analysis.Current?.Commentary ?? string.Empty;
    }

    public string Id { get; }

    public string Name { get; }

    public string Definition { get; }

    public string GoodDirection { get; }

    public string Period { get; }

    public string Latest { get; }

    public string PreviousPeriod { get; }

    public string Previous { get; }

    public string Change { get; }

    public string Direction { get; }

    public string YearAgoPeriod { get; }

    public string YearAgo { get; }

    public string Target { get; }

    public string Rag { get; }

    public string RagCode { get; }

    public string Status { get; }

    public string Narrative { get; }

    public string Commentary { get; }
}
