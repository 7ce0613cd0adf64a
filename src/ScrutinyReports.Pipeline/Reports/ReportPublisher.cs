using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Rendering.Html;
using ScrutinyReports.Rendering.Json;
using ScrutinyReports.Rendering.Pdf;
using ScrutinyReports.Rendering.Xlsx;

namespace ScrutinyReports.Pipeline.Reports;

/// <summary>
/// Builds a panel's report for a month from the stored catalogue and figures and publishes report.json,
/// report.html, report.pdf and report.xlsx as a new version, unless the latest version was made from the same inputs.
/// </summary>
public sealed class ReportPublisher(IScrutinyStore store, HtmlReportRenderer html, TimeProvider clock)
{
    public async Task<ScrutinyReport> BuildAsync(ReportingPeriod month, string? panelId = null, CancellationToken cancellationToken = default) =>
        await BuildAsync(month, new ReportRequest { PanelId = panelId }, cancellationToken);

    public async Task<ScrutinyReport> BuildAsync(ReportingPeriod month, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var panel = await FindPanelAsync(request.PanelId, cancellationToken);
        if (request.Audience is { } audience)
        {
            panel = panel with { Audience = audience };
        }

        var catalogue = await store.Catalogue.GetAsync(cancellationToken);
        if (catalogue.Count == 0)
        {
            throw new PipelineException("the indicator catalogue is empty; import one with 'scrutiny catalogue import FILE' or try 'scrutiny demo'");
        }

        var figures = await store.Observations.ReadCurrentAsync(new ObservationQuery(ReportBuilder.EarliestNeeded(month), month.End), cancellationToken);
        var comparators = await Comparators.ComparatorDocument.LoadAsync(store.Files, cancellationToken);
        var disclosure = new DisclosureOptions { Threshold = request.SuppressBelow ?? DisclosureOptions.Default.Threshold, DerivedPairs = Catalogue.DerivedIndicators.Pairs };
        var dimensions = panel.Breakdowns is null ? null : await Catalogue.CatalogueSource.GetDimensionsAsync(store, cancellationToken);
        var (parts, withObserved) = dimensions is null ? ([], null) : await ReadBreakdownsAsync(panel, catalogue, dimensions, month, cancellationToken);
        var population = panel.Breakdowns is null ? null : await Population.ChildPopulationDocument.LoadAsync(store.Files, cancellationToken);
        var report = ReportBuilder.Build(panel, month, catalogue, figures.Concat(parts), clock.GetUtcNow(), comparators, disclosure: disclosure, dimensions: withObserved, population: population);
        var shown = report.Indicators.ToDictionary(e => e.Analysis.Indicator.Id, e => e.Analysis.ShownPeriods, StringComparer.OrdinalIgnoreCase);
        var quality = await new Quality.ReportQualityChecker(store).CheckAsync(catalogue, month, figures, comparators, shown, cancellationToken);
        // Warnings name figures and values, so a public report keeps only those about figures it shows.
        report = report with { DataQuality = panel.Audience == Audience.Internal ? quality : Visible(quality, report) };
        return await FollowUp.FollowUpReports.AttachAsync(store, report, cancellationToken);
    }

    // Reads every stored key of the dimensions the panel breaks indicators down by. A declared dimension lists its
    // categories in declared order; one nobody declared (teams before the council lists them) is declared here from
    // the categories holding a figure for a broken-down indicator in the window, in natural order, so that a team
    // with figures this year but none this month shows as "no data" rather than vanishing.
    private async Task<(List<Domain.Observations.Observation> Parts, Domain.Breakdowns.BreakdownDimensions Dimensions)> ReadBreakdownsAsync(Panel panel,
        Domain.Indicators.IndicatorCatalogue catalogue, Domain.Breakdowns.BreakdownDimensions dimensions, ReportingPeriod month, CancellationToken cancellationToken)
    {
        var wantedDimensions = (panel.Breakdowns ?? []).SelectMany(b => b.Dimensions).ToHashSet(StringComparer.Ordinal);
        var wanted = (panel.Breakdowns ?? []).Select(b => catalogue.TryGet(b.Indicator, out var indicator) ? indicator.Id : b.Indicator).ToHashSet(StringComparer.Ordinal);
        var keys = (await store.Observations.ListBreakdownsAsync(cancellationToken))
            .Where(key => wantedDimensions.Contains(Domain.Breakdowns.Breakdown.FromStored(key).Dimension));
        var parts = new List<Domain.Observations.Observation>();
        foreach (var key in keys)
        {
            parts.AddRange(await store.Observations.ReadCurrentAsync(
                new ObservationQuery(ReportBuilder.EarliestNeeded(month), month.End) { Breakdown = key, Indicators = wanted }, cancellationToken));
        }

        var observed = parts.Select(p => Domain.Breakdowns.Breakdown.FromStored(p.Breakdown))
            .Where(b => !dimensions.TryGet(b.Dimension, out _))
            .GroupBy(b => b.Dimension, StringComparer.Ordinal)
            .Select(g => Domain.Breakdowns.BreakdownDimension.Observed(g.Key, g.Select(b => b.Category)))
            .OfType<Domain.Breakdowns.BreakdownDimension>()
            .ToList();
        return (parts, observed.Count == 0 ? dimensions : dimensions.With(observed));
    }

    public Task<PublishedReport> PublishAsync(ReportingPeriod month, string? panelId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(month, new ReportRequest { PanelId = panelId }, cancellationToken);

    public async Task<PublishedReport> PublishAsync(ReportingPeriod month, ReportRequest request, CancellationToken cancellationToken = default)
    {
        var report = await BuildAsync(month, request, cancellationToken);
        var latest = await store.Reports.LatestAsync(report.Panel.Id, month.Code, cancellationToken);
        if (latest is not null && latest.InputFingerprint == report.InputFingerprint)
        {
            return Located(report, latest, isNew: false);
        }

        var templates = await LoadTemplatesAsync(cancellationToken);
        if (latest is not null)
        {
            report = report with { ChangesSincePrevious = await ChangesSinceAsync(latest, report, cancellationToken) };
        }

        var version = new ReportVersion(report.Panel.Id, month.Code, (latest?.Version ?? 0) + 1, report.InputFingerprint, report.GeneratedAt);
        await WriteAsync(version, ReportFiles.Json, output => { ReportJsonWriter.Write(report, output); return Task.CompletedTask; }, cancellationToken);
        await WriteAsync(version, ReportFiles.Html, output => html.RenderAsync(report, output, templates, cancellationToken), cancellationToken);
        await WriteAsync(version, ReportFiles.Pdf, output => { PdfReportRenderer.Render(report, output, cancellationToken); return Task.CompletedTask; }, cancellationToken);
        await WriteAsync(version, ReportFiles.Xlsx, output => XlsxReportWriter.WriteAsync(report, version.Version, output, cancellationToken), cancellationToken);
        await store.Reports.RecordAsync(version, cancellationToken);
        var published = Located(report, version, isNew: true);
        await store.Notifications.EnqueueAsync(new Notification($"report:{version.Folder}", NotificationKinds.ReportPublished,
            System.Text.Json.JsonSerializer.Serialize(new
            {
                panel = report.Panel.Id,
                period = version.Period,
                version = version.Version,
                folder = version.Folder,
                changes = report.ChangesSincePrevious?.Changes.Count,
            })), cancellationToken);
        return published;
    }

    private async Task<VersionChanges?> ChangesSinceAsync(ReportVersion previous, ScrutinyReport report, CancellationToken cancellationToken)
    {
        await using var stored = await store.Files.OpenReadAsync(Containers.Reports, $"{previous.Folder}/{ReportFiles.Json}", cancellationToken);
        if (stored is null)
        {
            return null;
        }

        using var before = await System.Text.Json.JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        using var buffer = new MemoryStream();
        ReportJsonWriter.Write(report, buffer);
        buffer.Position = 0;
        using var after = await System.Text.Json.JsonDocument.ParseAsync(buffer, cancellationToken: cancellationToken);
        return ReportVersionComparer.Compare(previous.Version, before, after);
    }

    /// <summary>The default templates with the store's overrides in place; a broken override stops the publication.</summary>
    public async Task<TemplateSet> LoadTemplatesAsync(CancellationToken cancellationToken = default)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in await store.Files.ListAsync(Containers.Templates, cancellationToken: cancellationToken))
        {
            if (!TemplateSet.IsTemplateFile(path) || path.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            await using var file = await store.Files.OpenReadAsync(Containers.Templates, path, cancellationToken);
            using var reader = new StreamReader(file!);
            overrides[path] = await reader.ReadToEndAsync(cancellationToken);
        }

        try
        {
            return TemplateSet.WithOverrides(overrides);
        }
        catch (TemplateException ex)
        {
            throw new PipelineException(ex.Message);
        }
    }

    private async Task WriteAsync(ReportVersion version, string file, Func<Stream, Task> render, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await render(buffer);
        buffer.Position = 0;
        // A version is only referenced once recorded, so files left by an interrupted attempt are safely replaced.
        await store.Files.WriteAsync(Containers.Reports, $"{version.Folder}/{file}", buffer, overwrite: true, cancellationToken);
    }

    private PublishedReport Located(ScrutinyReport report, ReportVersion version, bool isNew) => new(
        report,
        version,
        isNew,
        store.Files.Locate(Containers.Reports, $"{version.Folder}/{ReportFiles.Json}"),
        store.Files.Locate(Containers.Reports, $"{version.Folder}/{ReportFiles.Html}"),
        store.Files.Locate(Containers.Reports, $"{version.Folder}/{ReportFiles.Pdf}"),
        store.Files.Locate(Containers.Reports, $"{version.Folder}/{ReportFiles.Xlsx}"));

    private static DataQualityFindings Visible(DataQualityFindings quality, ScrutinyReport report)
    {
        // A warning may quote earlier figures too, so any suppression in an indicator's figures drops all its warnings.
        var suppressed = report.Indicators
            .Where(e => e.Analysis.History.Any(p => p.Observation?.Status == Domain.Observations.ObservationStatus.Suppressed) ||
                        e.Analysis.Outturns.Any(o => o.Observation?.Status == Domain.Observations.ObservationStatus.Suppressed) ||
                        e.Analysis.Previous.Earlier?.Status == Domain.Observations.ObservationStatus.Suppressed ||
                        e.Analysis.YearAgo.Earlier?.Status == Domain.Observations.ObservationStatus.Suppressed)
            .Select(e => e.Analysis.Indicator.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new DataQualityFindings(
            quality.Warnings.Where(w => !suppressed.Contains(w.IndicatorId)).ToList(),
            quality.Revisions.Where(r => !suppressed.Contains(r.IndicatorId)).ToList());
    }

    private async Task<Panel> FindPanelAsync(string? panelId, CancellationToken cancellationToken)
    {
        var panels = await store.Panels.ListAsync(cancellationToken);
        if (panelId is null)
        {
            return panels.Count == 1 ? panels[0] : panels.FirstOrDefault(p => p.Id == Panel.Default.Id) ?? (panels.Count == 0 ? Panel.Default
                : throw new PipelineException($"the store has {panels.Count} panels ({string.Join(", ", panels.Select(p => p.Id))}); name one with --panel"));
        }

        return panels.FirstOrDefault(p => string.Equals(p.Id, panelId, StringComparison.OrdinalIgnoreCase))
            ?? throw new PipelineException($"no panel \"{panelId}\" in the store; known panels: {(panels.Count == 0 ? "none" : string.Join(", ", panels.Select(p => p.Id)))}");
    }
}
