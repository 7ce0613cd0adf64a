using System.Globalization;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Views;

/// <summary>The report as templates see it.</summary>
public sealed class ReportView
{
    public ReportView(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        PanelName = report.Panel.Name;
        Council = report.Panel.Council ?? string.Empty;
        Period = report.Period.Label;
        PeriodCode = report.Period.Code;
        GeneratedAt = report.GeneratedAt.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Fingerprint = report.InputFingerprint;
        Themes = report.Themes.Select(theme => new ThemeView(theme.Key, theme.Select(entry => new IndicatorRowView(entry)).ToList())).ToList();
        IndicatorCount = report.Indicators.Count;
    }

    public string PanelName { get; }

    public string Council { get; }

    public string Period { get; }

    public string PeriodCode { get; }

    public string GeneratedAt { get; }

    public string Fingerprint { get; }

    public int IndicatorCount { get; }

    public IReadOnlyList<ThemeView> Themes { get; }
}

/// <summary>A theme's heading and its indicators, in catalogue order.</summary>
public sealed class ThemeView(string name, IReadOnlyList<IndicatorRowView> indicators)
{
    public string Name { get; } = name;

    public string Anchor { get; } = "theme-" + new string([.. name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    public IReadOnlyList<IndicatorRowView> Indicators { get; } = indicators;
}
