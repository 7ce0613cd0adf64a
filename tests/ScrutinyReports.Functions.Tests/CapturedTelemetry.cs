using System.Collections.Concurrent;
using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// A telemetry channel that keeps what a real TelemetryClient sends instead of posting it to Application Insights, so
/// tests read the custom events the app tracks.
/// </summary>
internal sealed class CapturedTelemetry : ITelemetryChannel
{
    private readonly ConcurrentQueue<ITelemetry> sent = new();

    public CapturedTelemetry()
    {
        Configuration = new TelemetryConfiguration { TelemetryChannel = this, ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000" };
        Events = new PipelineEvents(new TelemetryClient(Configuration));
    }

    public TelemetryConfiguration Configuration { get; }

    /// <summary>The app's events class, sending here.</summary>
    public PipelineEvents Events { get; }

    public IReadOnlyList<EventTelemetry> CustomEvents => [.. sent.OfType<EventTelemetry>()];

    public bool? DeveloperMode { get; set; }

    public string? EndpointAddress { get; set; }

    public void Send(ITelemetry item) => sent.Enqueue(item);

    public void Flush()
    {
    }

    // The configuration owns this channel and disposes it; nothing here holds resources.
    public void Dispose()
    {
    }
}
