using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>
/// The message each panel member gets when a new version of the panel's report is published: the panel and period,
/// how many indicators are red, amber and green, the main exceptions as the report ranks and caps them, a link to the portal page rather than an
/// attachment, and, for a re-issue, what changed since the version they already have.
/// </summary>
public static class PublicationMessage
{
    internal static MessageDocument Write(PublishedVersion published, string link)
    {
        ArgumentNullException.ThrowIfNull(published);
        var summary = published.Summary;
        var reissue = published.Version > 1;
        var subject = reissue
            ? $"{summary.PanelName}: {summary.PeriodLabel} report re-issued (version {published.Version})"
            : $"{summary.PanelName}: {summary.PeriodLabel} report published";
        var rag = summary.Rag;
        var document = new MessageDocument(subject)
            .Paragraph(reissue
                ? $"Version {published.Version} of the {summary.PeriodLabel} performance report replaces version {summary.PreviousVersion ?? published.Version - 1}: what it was made from changed since (figures corrected or arrived late, or a definition, target or panel detail changed)."
                : $"The {summary.PeriodLabel} performance report for the {summary.PanelName} is ready to read.")
            .Paragraph($"Against target: {rag.Red} red, {rag.Amber} amber, {rag.Green} green; {rag.NotRated} without a target or a figure to rate.");
        if (reissue)
        {
            document.Heading($"What changed since version {summary.PreviousVersion ?? published.Version - 1}")
                .List(summary.Changes.Count == 0 ? ["The figures shown are unchanged; the report's inputs changed."] : summary.Changes.Take(20).Select(ChangeWording.Describe));
            if (summary.Changes.Count > 20)
            {
                document.Paragraph($"... and {summary.Changes.Count - 20} more changes, listed in the report.");
            }
        }

        if (published.Exceptions.Count > 0)
        {
            document.Heading("Main exceptions, most serious first")
                .List(published.Exceptions);
            if (published.ExceptionsNotShown > 0)
            {
                document.Paragraph(published.ExceptionsNotShown == 1
                    ? "... and 1 more exception, listed in the report."
                    : $"... and {published.ExceptionsNotShown} more exceptions, listed in the report.");
            }
        }

        return document
            .Link($"Read the {summary.PeriodLabel} report (HTML, PDF, spreadsheet and data)", link)
            .Paragraph("You are receiving this as a member of the panel.");
    }
}
