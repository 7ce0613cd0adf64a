using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ScrutinyReports.Testing.Mail;

/// <summary>
/// MailDev 3 (an SMTP server that keeps what it receives and serves it over REST) in a child process on loopback,
/// started from the repository's node_modules, which npm ci installs. Each instance keeps its mail in a folder of
/// its own, so several may run at once. To take the server down and bring it back, dispose it and start another on
/// the same <see cref="SmtpPort"/>.
/// </summary>
public sealed class MaildevServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process process;
    private readonly string mailDirectory;
    private readonly StringBuilder output;
    private readonly HttpClient http;
    private bool stopped;

    private MaildevServer(Process process, string mailDirectory, StringBuilder output, int smtpPort, int webPort)
    {
        this.process = process;
        this.mailDirectory = mailDirectory;
        this.output = output;
        SmtpPort = smtpPort;
        WebPort = webPort;
        http = new HttpClient { BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{webPort}/")) };
    }

    /// <summary>Where MailDev takes SMTP, on 127.0.0.1. No TLS: senders must not ask for STARTTLS.</summary>
    public int SmtpPort { get; }

    /// <summary>Where MailDev's web interface and REST API answer, on 127.0.0.1.</summary>
    public int WebPort { get; }

    /// <summary>
    /// Starts MailDev and waits until its REST API answers (it listens for SMTP before it starts the API).
    /// <paramref name="smtpPort"/> reuses a port, such as that of a server just disposed; a free one otherwise. With
    /// <paramref name="userName"/> and <paramref name="password"/> it accepts only senders that sign in with them.
    /// </summary>
    public static async Task<MaildevServer> StartAsync(int? smtpPort = null, string? userName = null, string? password = null, CancellationToken cancellationToken = default)
    {
        var root = RepositoryFolder.Root();
        var script = MaildevScript(root);
        var smtp = smtpPort ?? FreePort();
        var web = FreePort();
        var mailDirectory = Path.Combine(Path.GetTempPath(), "scrutiny-maildev", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mailDirectory);

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = mailDirectory,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in new[]
        {
            "--ip", "127.0.0.1", "--smtp", Text(smtp),
            "--web-ip", "127.0.0.1", "--web", Text(web),
            // A folder of its own: MailDev's default (the system temp folder's maildev/) is shared, and clearing one
            // server's mail there would delete another's.
            "--mail-directory", mailDirectory,
            "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (userName is not null)
        {
            start.ArgumentList.Add("--incoming-user");
            start.ArgumentList.Add(userName);
            start.ArgumentList.Add("--incoming-pass");
            start.ArgumentList.Add(password ?? string.Empty);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start node to run MailDev ({e.Message}): install Node.js 20 or later.", e);
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new MaildevServer(process, mailDirectory, output, smtp, web);
        try
        {
            await server.WaitUntilAnsweringAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> EmailsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri("api/email", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return json.RootElement.EnumerateArray().Select(MaildevEmail.Parse).ToList();
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages have arrived (MailDev stores a message a moment after
    /// it accepts it) and returns them all; throws <see cref="TimeoutException"/> after <paramref name="limit"/>
    /// (10 seconds by default).
    /// </summary>
    public async Task<IReadOnlyList<MaildevEmail>> WaitForEmailsAsync(int count, TimeSpan? limit = null, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        var wait = limit ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var emails = await EmailsAsync(cancellationToken);
            if (emails.Count >= count)
            {
                return emails;
            }

            if (deadline.Elapsed > wait)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"MailDev on SMTP port {SmtpPort} had {emails.Count} message(s) after {wait.TotalSeconds:0.#} s; expected {count}."));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Deletes every message received so far.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(new Uri("api/email/all", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Kills MailDev (its whole process tree) and deletes its mail folder; <see cref="SmtpPort"/> is then free.</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            process.Dispose();
            http.Dispose();
            try
            {
                Directory.Delete(mailDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left to the system's temp cleaner.
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>A TCP port nothing listens on at the moment: the system's choice for a listener on 127.0.0.1:0.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    // MailDev 3 names its command in package.json ("bin": dist/bin/maildev.js); MailDev 2 had bin/maildev.
    private static string MaildevScript(string root)
    {
        var package = Path.Combine(root, "node_modules", "maildev", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException($"MailDev is not installed ({package} is missing): run npm ci at the repository root ({root}).");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(package));
        var bin = json.RootElement.GetProperty("bin");
        var relative = bin.ValueKind == JsonValueKind.String ? bin.GetString() : bin.GetProperty("maildev").GetString();
        return Path.GetFullPath(Path.Combine(root, "node_modules", "maildev", relative ?? throw new InvalidOperationException($"{package} names no maildev command.")));
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"MailDev exited with code {process.ExitCode} before answering (SMTP port {SmtpPort}, web port {WebPort}): {Output()}"));
            }

            if (await AnswersAsync(cancellationToken))
            {
                return;
            }

            if (clock.Elapsed > StartLimit)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"MailDev did not answer on web port {WebPort} within {StartLimit.TotalSeconds:0} s (SMTP port {SmtpPort}): {Output()}"));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("api/healthz", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private string Output()
    {
        lock (output)
        {
            var text = output.ToString().Trim();
            return text.Length == 0 ? "(no output)" : text;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
