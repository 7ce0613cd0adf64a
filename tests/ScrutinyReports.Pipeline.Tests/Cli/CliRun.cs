using ScrutinyReports.Cli;

namespace ScrutinyReports.Pipeline.Tests.Cli;

/// <summary>Runs the real <c>scrutiny</c> command line in process and keeps what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs with <paramref name="configuration"/> (SMTP, portal) instead of appsettings.json and the environment.</summary>
    public static async Task<CliRun> RunAsync(Microsoft.Extensions.Configuration.IConfiguration? configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ScrutinyCli.RunAsync(args, new CliConsole(output, error), configuration);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
