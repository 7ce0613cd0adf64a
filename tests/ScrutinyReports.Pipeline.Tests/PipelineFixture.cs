using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Rendering.Html;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Pipeline.Tests;

/// <summary>A real local store in a temp folder with the pipeline over it and a clock the test moves.</summary>
public abstract class PipelineFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    protected FakeTimeProvider Clock { get; } = new(Figures.Start);

    protected LocalStore Store { get; private set; } = null!;

    protected UploadIngestor Ingestor { get; private set; } = null!;

    protected ReportPublisher Publisher { get; private set; } = null!;

    protected string StorePath => folder.Path;

    public async Task InitializeAsync()
    {
        Store = await LocalStore.OpenAsync(folder.Path);
        Ingestor = new UploadIngestor(Store, Clock);
        Publisher = new ReportPublisher(Store, new HtmlReportRenderer(), Clock);
        await Store.Catalogue.SaveAsync(Figures.SmallCatalogue);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        folder.Dispose();
    }

    protected async Task<IngestOutcome> IngestCsvAsync(string csv, string fileName = "upload.csv")
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return await Ingestor.IngestAsync(content, fileName, "officer@council.example");
    }

    /// <summary>Everything stored that a file could change, as one comparable text.</summary>
    protected async Task<string> SnapshotAsync()
    {
        var all = new ObservationQuery(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));
        var figures = (await Store.Observations.ReadCurrentAsync(all)).Select(o => $"{o.IndicatorId}|{o.Period}|{o.Breakdown}|{o.Value}|{o.Status}").Order(StringComparer.Ordinal);
        var uploads = (await Store.Uploads.ListAsync()).Select(u => $"{u.Id}|{u.Outcome}|{u.ObservationCount}");
        var catalogue = (await Store.Catalogue.GetAsync()).Indicators.Select(i => i.Id);
        return string.Join("\n", figures.Concat(uploads).Concat(catalogue));
    }
}
