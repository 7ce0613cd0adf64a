using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>The data-due reminder an officer gets: which of their indicators have no figure yet, for which period, and by when.</summary>
public static class ReminderMessage
{
    public static MessageDocument Write(string name, ReportingPeriod month, DateOnly deadline, IReadOnlyList<DueFigure> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var due = deadline.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var document = new MessageDocument($"Figures due {deadline.ToString("d MMMM", CultureInfo.InvariantCulture)}: {CountText.Of(missing.Count, "indicator")} still to send for {month.Label}")
            .Paragraph($"Dear {name},")
            .Paragraph($"The {month.Label} figures are due by {due}, for the panel report. " +
                       $"{CountText.Of(missing.Count, "indicator")} you own {(missing.Count == 1 ? "has" : "have")} no figure for the period yet:");
        foreach (var theme in missing.GroupBy(figure => figure.Indicator.Theme).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            document.Table(theme.Key, ["Indicator", "Period due"],
                theme.OrderBy(figure => figure.Indicator.Name, StringComparer.Ordinal)
                    .Select(figure => (IReadOnlyList<string>)[$"{figure.Indicator.Name} ({figure.Indicator.Id})", figure.Period.Label]));
        }

        return document
            .Paragraph("Upload them as usual (a CSV or Excel file in the uploads folder, under your e-mail address); you will get a receipt within a minute. " +
                       "If a figure cannot be given, upload the row with N/A and a comment, so the panel sees why.")
            .Paragraph("You get this reminder once for each period; it goes only to officers with figures still to send.");
    }
}

/// <summary>An indicator's figure due for a period.</summary>
public sealed record DueFigure(Indicator Indicator, ReportingPeriod Period);
