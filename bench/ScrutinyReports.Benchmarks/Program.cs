using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Benchmarks;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Rendering.Html;
using ScrutinyReports.Storage.Azure;
using ScrutinyReports.Storage.Local;

// Usage: bench [ingest|report|parse|all] [--indicators 300] [--months 120] [--breakdowns 28] [--runs 5] [--work DIR]
//        bench report --broken-down 10 --breakdowns 13: the panel breaks the first 10 indicators down by team, here the
//        12 teams of a 13-breakdown upload (the whole authority and Team 01 to Team 12), which no one has declared.
//        bench azure [--connection CONNECTION-STRING] [--batches 16] [--per-partition 1]: ingest into the Azure store, 50,000 rows by default
//        (100 x 20 x 25). The account defaults to $SCRUTINY_AZURE_BENCH, else Azurite on its usual ports, started with:
//        node_modules/.bin/azurite --inMemoryPersistence --silent --skipApiVersionCheck --loose
//        bench load [--connection CONNECTION-STRING] [--panels 150] [--indicators 60] [--months 24] [--workers 4] [--parallel 4]:
//        one month of every panel published through the Functions queue path by worker processes, then through serve's
//        parallel pass (docs/scale.md). Needs a fresh Azurite: the app's queues have no name prefix.
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
var azure = scenario == "azure";
var load = scenario.StartsWith("load", StringComparison.Ordinal);
var indicators = Option("--indicators", azure ? 100 : load ? 60 : 300);
var months = Option("--months", azure ? 20 : load ? 24 : 120);
var breakdowns = Option("--breakdowns", azure ? 25 : load ? 1 : 28);
var runs = Option("--runs", azure ? 3 : 5);
var brokenDown = Option("--broken-down", 0);

var work = Array.IndexOf(args, "--work") is var w and >= 0 ? Path.GetFullPath(args[w + 1]) : Path.Combine(Path.GetTempPath(), "scrutiny-bench");
Directory.CreateDirectory(work);
var catalogue = SyntheticCatalogue.Create(indicators);
var upload = Path.Combine(work, $"synthetic-{indicators}x{months}x{breakdowns}.csv");
var isChild = scenario is "ingest-once" or "load-worker" or "load-serve";
var rows = File.Exists(upload) && isChild ? 0 : SyntheticUpload.Write(upload, catalogue, months, breakdowns);
if (!isChild)
{
    Console.WriteLine($"upload: {rows:N0} rows, {new FileInfo(upload).Length / (1024 * 1024)} MB; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
}

if (scenario is "parse")
{
    for (var run = 0; run < runs; run++)
    {
        await using var content = File.OpenRead(upload);
        var clock = Stopwatch.StartNew();
        var (count, _, errorCount) = UploadIngestor.Validate(catalogue, content, Path.GetFileName(upload));
        clock.Stop();
        Console.WriteLine($"parse + validate only, run {run + 1}: {clock.Elapsed.TotalSeconds:F2} s, {count / clock.Elapsed.TotalSeconds:N0} rows/s ({errorCount} errors)");
    }
}

if (scenario is "ingest-once")
{
    // One ingest in this process, so that its peak memory is its own: bench ingest runs this in a child per run.
    var storePath = Path.Combine(work, "store-" + Option("--run", 0).ToString(CultureInfo.InvariantCulture));
    if (Directory.Exists(storePath))
    {
        Directory.Delete(storePath, recursive: true);
    }

    await using var store = await LocalStore.OpenAsync(storePath);
    await store.Catalogue.SaveAsync(catalogue);
    var ingestor = new UploadIngestor(store, TimeProvider.System);
    await using var content = File.OpenRead(upload);
    var clock = Stopwatch.StartNew();
    var outcome = await ingestor.IngestAsync(content, Path.GetFileName(upload));
    clock.Stop();
    if (!outcome.Accepted)
    {
        throw new InvalidOperationException(string.Join("\n", outcome.Errors.Take(5)));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {clock.Elapsed.TotalSeconds} {PeakMemory.Megabytes()}"));
}

if (scenario is "ingest" or "all")
{
    var seconds = new List<double>();
    var peaks = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
        {
            ArgumentList = { "ingest-once", "--indicators", $"{indicators}", "--months", $"{months}", "--breakdowns", $"{breakdowns}", "--run", $"{run}", "--work", work },
            RedirectStandardOutput = true,
        })!;
        var result = (await child.StandardOutput.ReadToEndAsync()).Split('\n').Single(line => line.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
        await child.WaitForExitAsync();
        seconds.Add(double.Parse(result[1], CultureInfo.InvariantCulture));
        peaks.Add(double.Parse(result[2], CultureInfo.InvariantCulture));
        Console.WriteLine($"ingest run {run + 1}: {seconds[^1]:F2} s, {rows / seconds[^1]:N0} rows/s, peak {peaks[^1]:F0} MB");
    }

    var median = Median(seconds);
    Console.WriteLine($"ingest median of {runs}: {median:F2} s = {rows / median:N0} rows/s (best {rows / seconds.Min():N0}, worst {rows / seconds.Max():N0}); peak memory median {Median(peaks):F0} MB, max {peaks.Max():F0} MB");
}

if (scenario is "report" or "all")
{
    // A store of this upload's shape, kept between invocations: filling it is the ingest bench's job, not this one's.
    var storePath = Path.Combine(work, $"report-store-{indicators}x{months}x{breakdowns}");
    await using var store = await LocalStore.OpenAsync(storePath);
    if ((await store.Catalogue.GetAsync()).Count == 0)
    {
        await store.Catalogue.SaveAsync(catalogue);
        await using var content = File.OpenRead(upload);
        await new UploadIngestor(store, TimeProvider.System).IngestAsync(content, Path.GetFileName(upload));
    }

    await store.Panels.SaveAsync(ScrutinyReports.Domain.Panels.Panel.Default with
    {
        Breakdowns = brokenDown == 0 ? null : [.. catalogue.Indicators.Take(brokenDown).Select(i => new ScrutinyReports.Domain.Panels.PanelBreakdown(i.Id, ["team"]))],
    });

    var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    var publisher = new ReportPublisher(store, new HtmlReportRenderer(), clock);
    var html = new HtmlReportRenderer();
    var month = ReportingPeriod.Month(2015, 10).Plus(months - 1);
    var jsonAndHtml = new List<double>();
    var htmlOnly = new List<double>();
    var pdf = new List<double>();
    for (var run = 0; run < runs + 1; run++)
    {
        var timer = Stopwatch.StartNew();
        var report = await publisher.BuildAsync(month);
        using (var json = new MemoryStream())
        {
            ScrutinyReports.Rendering.Json.ReportJsonWriter.Write(report, json);
        }

        var htmlTimer = Stopwatch.StartNew();
        using (var page = new MemoryStream())
        {
            await html.RenderAsync(report, page);
        }

        htmlTimer.Stop();
        timer.Stop();
        var pdfTimer = Stopwatch.StartNew();
        using (var document = new MemoryStream())
        {
            ScrutinyReports.Rendering.Pdf.PdfReportRenderer.Render(report, document);
        }

        pdfTimer.Stop();
        if (run > 0)
        {
            jsonAndHtml.Add(timer.Elapsed.TotalSeconds);
            htmlOnly.Add(htmlTimer.Elapsed.TotalSeconds);
            pdf.Add(pdfTimer.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"report run {run}{(run == 0 ? " (warm-up)" : string.Empty)}: read + analyse + json + html {timer.Elapsed.TotalMilliseconds:F0} ms (html {htmlTimer.Elapsed.TotalMilliseconds:F0} ms); pdf {pdfTimer.Elapsed.TotalMilliseconds:F0} ms");
    }

    var sections = brokenDown == 0 ? string.Empty : $", {brokenDown} broken down by {breakdowns - 1} teams";
    Console.WriteLine($"report median ({indicators} indicators{sections}, {months} months in store): json + html {Median(jsonAndHtml) * 1000:F0} ms (html alone {Median(htmlOnly) * 1000:F0} ms), pdf {Median(pdf) * 1000:F0} ms; peak memory {PeakMemory.Megabytes()} MB");
}

if (scenario is "azure")
{
    var connection = Array.IndexOf(args, "--connection") is var c and >= 0 ? args[c + 1]
        : Environment.GetEnvironmentVariable("SCRUTINY_AZURE_BENCH") is { Length: > 0 } configured ? configured
        : "UseDevelopmentStorage=true";
    var seconds = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        // A fresh store each run, by name prefix, deleted afterwards.
        var options = new AzureStoreOptions { NamePrefix = "bench" + Guid.NewGuid().ToString("N")[..10], MaxConcurrentBatches = Option("--batches", new AzureStoreOptions().MaxConcurrentBatches), MaxBatchesPerPartition = Option("--per-partition", 1) };
        await using var store = await AzureStore.OpenAsync(connection, options);
        try
        {
            await store.Catalogue.SaveAsync(catalogue);
            await using var content = File.OpenRead(upload);
            var clock = Stopwatch.StartNew();
            var outcome = await new UploadIngestor(store, TimeProvider.System).IngestAsync(content, Path.GetFileName(upload));
            if (!outcome.Accepted)
            {
                throw new InvalidOperationException(string.Join("\n", outcome.Errors.Take(5)));
            }

            clock.Stop();
            seconds.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"azure ingest run {run + 1}: {seconds[^1]:F2} s, {rows / seconds[^1]:N0} rows/s ({options.MaxConcurrentBatches} batches in flight, {options.MaxBatchesPerPartition} per partition)");
        }
        finally
        {
            await DeleteAzureStoreAsync(connection, options.NamePrefix);
        }
    }

    var median = Median(seconds);
    var account = connection.Contains("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase) || connection.Contains("devstoreaccount1", StringComparison.Ordinal) ? "Azurite" : "a storage account";
    Console.WriteLine($"azure ingest median of {runs}: {median:F2} s = {rows / median:N0} rows/s (best {rows / seconds.Min():N0}, worst {rows / seconds.Max():N0}) into {account}");
}

if (load)
{
    var connection = Array.IndexOf(args, "--connection") is var c and >= 0 ? args[c + 1]
        : Environment.GetEnvironmentVariable("SCRUTINY_AZURE_BENCH") is { Length: > 0 } configured ? configured
        : "UseDevelopmentStorage=true";
    var panels = Option("--panels", 150);
    if (scenario == "load-worker")
    {
        var (done, peak) = await LoadTest.WorkAsync(connection);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {done} {peak}"));
    }
    else if (scenario == "load-serve")
    {
        var clock = Stopwatch.StartNew();
        var published = await LoadTest.ServeAsync(connection, "serveload", Option("--parallel", Environment.ProcessorCount));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {published} {PeakMemory.Megabytes()} {clock.Elapsed.TotalSeconds}"));
    }
    else
    {
        var workers = Option("--workers", 4);
        var parallel = Option("--parallel", 4);
        Console.WriteLine($"load: {panels} panels x {indicators} indicators x {months} months, one store for each path");
        await LoadTest.SeedAsync(connection, string.Empty, catalogue, upload, panels);
        await LoadTest.SeedAsync(connection, "serveload", catalogue, upload, panels);

        var wall = Stopwatch.StartNew();
        await LoadTest.QueueWaveAsync(connection);
        var children = Enumerable.Range(0, workers).Select(_ => RunChild("load-worker", "--connection", connection)).ToList();
        var results = await Task.WhenAll(children);
        wall.Stop();
        var (exactlyOne, versions) = await LoadTest.CountVersionsAsync(connection, string.Empty, panels);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"queue path, {workers} workers: {wall.Elapsed.TotalSeconds:F1} s wall, {panels / wall.Elapsed.TotalSeconds:F2} reports/s; reports per worker {string.Join(", ", results.Select(r => r[1]))}; peak memory per worker {string.Join(", ", results.Select(r => r[2] + " MB"))}; {exactlyOne} of {panels} panels with exactly one version ({versions} versions)"));

        var serve = await RunChild("load-serve", "--connection", connection, "--parallel", parallel.ToString(CultureInfo.InvariantCulture));
        var serveSeconds = double.Parse(serve[3], CultureInfo.InvariantCulture);
        var (serveOne, serveVersions) = await LoadTest.CountVersionsAsync(connection, "serveload", panels);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve --parallel {parallel}: {serveSeconds:F1} s, {panels / serveSeconds:F2} reports/s; peak memory {serve[2]} MB; {serveOne} of {panels} panels with exactly one version ({serveVersions} versions)"));
    }
}

static async Task<string[]> RunChild(params string[] arguments)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var child = Process.Start(start)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    return output.Split('\n').Single(line => line.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
}

static async Task DeleteAzureStoreAsync(string connection, string prefix)
{
    var tables = new Azure.Data.Tables.TableServiceClient(connection);
    await foreach (var table in tables.QueryAsync(filter: $"TableName ge '{prefix}' and TableName lt '{prefix}~'"))
    {
        await tables.DeleteTableAsync(table.Name);
    }

    var blobs = new Azure.Storage.Blobs.BlobServiceClient(connection);
    await foreach (var container in blobs.GetBlobContainersAsync(prefix: prefix))
    {
        await blobs.DeleteBlobContainerAsync(container.Name);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
