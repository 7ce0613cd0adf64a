using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScrutinyReports.Testing.Storage;

/// <summary>
/// Azurite (blob, queue and table emulators) in a child process on free loopback ports, kept in memory, with the
/// well-known development account. Started from the repository's node_modules, which npm ci installs.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's published development account key: not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string location;
    private readonly StringBuilder errors;

    private AzuriteProcess(Process process, string location, StringBuilder errors, string connectionString)
    {
        this.process = process;
        this.location = location;
        this.errors = errors;
        ConnectionString = connectionString;
    }

    /// <summary>A connection string with explicit blob, queue and table endpoints.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite from the node_modules of the repository these tests were built in.</summary>
    public static Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default) => StartAsync(RepositoryFolder.Root(), cancellationToken);

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, CancellationToken cancellationToken = default)
    {
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable} is missing): run npm ci at the repository root ({repositoryRoot}).");
        }

        var (blob, queue, table) = FreePorts();
        var location = Path.Combine(Path.GetTempPath(), "scrutiny-azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = location,
        };
        foreach (var argument in new[]
        {
            // Azurite 3.37 refuses --location beside --inMemoryPersistence; the temporary working folder catches any stray files.
            "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", Text(blob),
            "--queueHost", "127.0.0.1", "--queuePort", Text(queue),
            "--tableHost", "127.0.0.1", "--tablePort", Text(table),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var errors = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) => { lock (errors) { errors.AppendLine(line.Data); } };
        process.OutputDataReceived += (_, line) => { lock (errors) { errors.AppendLine(line.Data); } };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var endpoint = (int port, string service) => string.Create(CultureInfo.InvariantCulture, $"{service}=http://127.0.0.1:{port}/devstoreaccount1;");
        var azurite = new AzuriteProcess(process, location, errors,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};{endpoint(blob, "BlobEndpoint")}{endpoint(queue, "QueueEndpoint")}{endpoint(table, "TableEndpoint")}");
        try
        {
            await azurite.WaitUntilListeningAsync([blob, queue, table], cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp cleaner.
        }
    }

    private async Task WaitUntilListeningAsync(int[] ports, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening: {Output()}");
            }

            if (await AllListeningAsync(ports, cancellationToken))
            {
                return;
            }

            if (clock.Elapsed > StartLimit)
            {
                throw new TimeoutException($"Azurite did not listen on ports {string.Join(", ", ports)} within {StartLimit.TotalSeconds:F0} s: {Output()}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private string Output()
    {
        lock (errors)
        {
            var text = errors.ToString().Trim();
            return text.Length == 0 ? "(no output)" : text;
        }
    }

    private static async Task<bool> AllListeningAsync(int[] ports, CancellationToken cancellationToken)
    {
        foreach (var port in ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }

    // Held open together so the three differ; Azurite binds them a moment later.
    private static (int Blob, int Queue, int Table) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToList();
        listeners.ForEach(listener => listener.Stop());
        return (ports[0], ports[1], ports[2]);
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
