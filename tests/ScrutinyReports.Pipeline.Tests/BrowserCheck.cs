using System.Diagnostics;
using System.Text.Json;

namespace ScrutinyReports.Pipeline.Tests;

/// <summary>
/// Runs the scripts in tests/browser: pages opened in Debian Chromium and checked with axe-core (WCAG 2.2 A and AA,
/// best practice), their width on a 390-pixel phone, and screenshots. Returns the script's JSON.
/// </summary>
internal static class BrowserCheck
{
    /// <summary>check-portal.mjs over portal pages or e-mails.</summary>
    public static Task<JsonElement> RunAsync(string screenshots, params string[] pages) => RunScriptAsync("check-portal.mjs", [screenshots, .. pages]);

    public static async Task<JsonElement> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "browser", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"the browser check failed (run 'npm ci' at the repository root and install Debian's chromium): {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
