using System.Globalization;
using Microsoft.ApplicationInsights;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Reports;

namespace ScrutinyReports.Functions;

/// <summary>
/// Custom events in Application Insights, one per ingest, publication and notification, so a council can chart what
/// arrived and what went out, and who read which internal report. They carry ids and counts, never names or e-mail
/// addresses (a reader is recorded by their Entra object id).
/// </summary>
public sealed class PipelineEvents(TelemetryClient telemetry)
{
    public void UploadHandled(UploadDrop drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        telemetry.TrackEvent("UploadIngested",
            new Dictionary<string, string> { ["status"] = drop.Status.ToString(), ["uploadId"] = drop.Outcome?.Upload.Id ?? string.Empty },
            new Dictionary<string, double> { ["figures"] = drop.Outcome?.Upload.ObservationCount ?? 0, ["errors"] = drop.Outcome?.ErrorCount ?? 0 });
    }

    /// <summary>One panel's message of a publication wave was done: an event only when it made a new version.</summary>
    public void PanelPublished(PublishedReport published)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (published.IsNewVersion)
        {
            telemetry.TrackEvent("ReportPublished", new Dictionary<string, string>
            {
                ["panel"] = published.Version.PanelId,
                ["period"] = published.Version.Period,
                ["version"] = published.Version.Version.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>The timer queued a wave: one message per panel for a month.</summary>
    public void PublicationQueued(PublicationWave wave)
    {
        ArgumentNullException.ThrowIfNull(wave);
        telemetry.TrackEvent("PublicationQueued",
            new Dictionary<string, string> { ["wave"] = wave.Id, ["period"] = wave.Period, ["kind"] = wave.Kind },
            new Dictionary<string, double> { ["panels"] = wave.Panels.Count });
    }

    /// <summary>A panel's message went to publications-poison: its report for the month was not published.</summary>
    public void PublicationFailed(string panelId, string period) =>
        telemetry.TrackEvent("PublicationFailed", new Dictionary<string, string> { ["panel"] = panelId, ["period"] = period });

    public void NotificationHandled(EventResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        telemetry.TrackEvent("NotificationHandled",
            new Dictionary<string, string> { ["kind"] = result.Kind, ["succeeded"] = result.Succeeded.ToString() },
            new Dictionary<string, double> { ["sent"] = result.Sent, ["failed"] = result.Failures.Count });
    }

    /// <summary>A member read one of an internal report's files: who (their Entra object id), which file, and when.</summary>
    public void MemberReportRead(string objectId, string panelId, string period, int version, string file, DateTimeOffset at) =>
        telemetry.TrackEvent("MemberReportRead", new Dictionary<string, string>
        {
            ["user"] = objectId,
            ["panel"] = panelId,
            ["period"] = period,
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["file"] = file,
            ["at"] = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        });

    /// <summary>A member opened an internal panel's page, which shows its versions' RAG counts and changes.</summary>
    public void MemberPanelRead(string objectId, string panelId, DateTimeOffset at) =>
        telemetry.TrackEvent("MemberPanelRead", new Dictionary<string, string>
        {
            ["user"] = objectId,
            ["panel"] = panelId,
            ["at"] = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        });

    /// <summary>A signed-in person was refused an internal panel's page or file (not in its groups).</summary>
    public void MemberAccessRefused(string objectId, string panelId, string path, DateTimeOffset at) =>
        telemetry.TrackEvent("MemberAccessRefused", new Dictionary<string, string>
        {
            ["user"] = objectId,
            ["panel"] = panelId,
            ["path"] = path,
            ["at"] = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        });
}
