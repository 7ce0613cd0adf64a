using System.Globalization;
using Microsoft.ApplicationInsights;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Functions;

/// <summary>
/// Custom events in Application Insights, one per ingest, publication and notification, so a council can chart what
/// arrived and what went out. They carry ids and counts, never names or e-mail addresses.
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

    public void PublicationRun(MonthlyRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var published in run.Published.Where(p => p.IsNewVersion))
        {
            telemetry.TrackEvent("ReportPublished", new Dictionary<string, string>
            {
                ["panel"] = published.Version.PanelId,
                ["period"] = published.Version.Period,
                ["version"] = published.Version.Version.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    public void NotificationHandled(EventResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        telemetry.TrackEvent("NotificationHandled",
            new Dictionary<string, string> { ["kind"] = result.Kind, ["succeeded"] = result.Succeeded.ToString() },
            new Dictionary<string, double> { ["sent"] = result.Sent, ["failed"] = result.Failures.Count });
    }
}
