using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Tests.Cli;

namespace ScrutinyReports.Pipeline.Tests.Reports.Breakdowns;

/// <summary>
/// <see cref="BreakdownPackUpload"/> sent through the real command line (ingest, panel import, a public report for
/// September 2019) once for all the tests that read it. The published files stay in <see cref="Folder"/>, so that
/// tests of report.html, report.pdf and report.xlsx can read the same pack.
/// </summary>
public sealed class PublishedBreakdownPack : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public string Folder => Path.Combine(folder.Path, "out");

    internal CliRun Ingest { get; private set; } = null!;

    internal CliRun Report { get; private set; } = null!;

    public JsonDocument Json { get; private set; } = null!;

    public string JsonPath => Path.Combine(Folder, "report.json");

    public string HtmlPath => Path.Combine(Folder, "report.html");

    public string PdfPath => Path.Combine(Folder, "report.pdf");

    public string XlsxPath => Path.Combine(Folder, "report.xlsx");

    public async Task InitializeAsync()
    {
        var store = Path.Combine(folder.Path, "store");
        var upload = folder.File("teams-and-characteristics.csv");
        await File.WriteAllTextAsync(upload, BreakdownPackUpload.Csv());
        var panel = folder.File("panel.json");
        await File.WriteAllTextAsync(panel, BreakdownPackUpload.Panel);

        Ingest = await CliRun.RunAsync("ingest", upload, "--store", store);
        var imported = await CliRun.RunAsync("panel", "import", panel, "--store", store);
        Report = await CliRun.RunAsync("report", "--period", BreakdownPackUpload.Latest.Code, "--audience", "public", "--store", store, "--out", Folder);
        if (Ingest.ExitCode != ExitCodes.Success || imported.ExitCode != ExitCodes.Success || Report.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException($"The pack was not published:\n{Ingest.Error}\n{imported.Error}\n{Report.Error}");
        }

        Json = JsonDocument.Parse(await File.ReadAllTextAsync(JsonPath));
    }

    public Task DisposeAsync()
    {
        Json?.Dispose();
        folder.Dispose();
        return Task.CompletedTask;
    }
}
