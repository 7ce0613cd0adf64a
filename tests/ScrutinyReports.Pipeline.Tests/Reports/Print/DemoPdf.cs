using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Rendering.Html;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The demo report published once for a test class: its PDF bytes and its HTML.</summary>
public sealed class DemoPdf : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public byte[] Pdf { get; private set; } = [];

    public string Html { get; private set; } = string.Empty;

    /// <summary>The report the PDF was drawn from, built again from the same store and clock.</summary>
    public ScrutinyReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(Figures.Start);
        await using var store = await LocalStore.OpenAsync(folder.Path);
        var publisher = new ReportPublisher(store, new HtmlReportRenderer(), clock);
        var (_, report) = await new DemoSeeder(store, new UploadIngestor(store, clock), publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(store)).SeedAsync(ScrutinyReports.Cli.DemoComparatorFiles.All, DemoSeeder.DefaultComparatorAuthority);
        Pdf = await File.ReadAllBytesAsync(report.PdfPath);
        Html = await File.ReadAllTextAsync(report.HtmlPath);
        Report = await publisher.BuildAsync(DemoCouncil.LatestMonth, DemoCouncil.Panel.Id);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
