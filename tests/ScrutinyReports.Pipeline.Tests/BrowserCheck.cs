using System.Diagnostics;
using System.Text.Json;

namespace ScrutinyReports.Pipeline.Tests;

/// <summary>
/// Runs tests/browser/check-portal.mjs: pages opened in Debian Chromium and checked with axe-core (WCAG 2.2 A and AA,
/// best practice), their width on a 390-pixel phone, and screenshots. Returns the script's JSON.
/// </summary>
internal static class BrowserCheck
{
    public static async Task<JsonElement> RunAsync(string screenshots, params string[] pages)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "browser", "check-portal.mjs"));
        start.ArgumentList.Add(screenshots);
        foreach (var page in pages)
        {
            start.ArgumentList.Add(page);
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
