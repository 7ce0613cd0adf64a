using System.Diagnostics;

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The exit code and output of a script run to completion.</summary>
internal sealed record ScriptRun(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public string Describe() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";

    /// <summary>Runs <paramref name="program"/> with the arguments given, from the repository root, and waits for it.</summary>
    public static async Task<ScriptRun> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Limit}.");
        }

        return new ScriptRun(process.ExitCode, await stdout, await stderr);
    }
}
