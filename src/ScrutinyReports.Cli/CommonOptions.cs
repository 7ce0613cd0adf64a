using System.CommandLine;
using System.CommandLine.Parsing;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Cli;

/// <summary>Options every command accepts.</summary>
internal static class CommonOptions
{
    public static Option<string> Store { get; } = new("--store")
    {
        Description = $"The store: a local folder (default ./{CliHost.DefaultStore}, or ${CliHost.StoreVariable}), an Azure Storage connection string, or an account URL.",
        DefaultValueFactory = _ => CliHost.DefaultStoreFolder,
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an unexpected failure, also print its technical detail (for a bug report).",
        Recursive = true,
    };

    public static Option<DirectoryInfo?> Out { get; } = new("--out")
    {
        Description = "Also copy report.json, report.html, report.pdf and report.xlsx into this folder.",
    };

    /// <summary>A required <c>--period</c> naming a report month (2019-09); anything else is a usage error saying what was expected.</summary>
    public static Option<ReportingPeriod> Month(string description) => new("--period")
    {
        Description = description,
        Required = true,
        CustomParser = ParseMonth,
    };

    private static ReportingPeriod ParseMonth(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var parsed = ReportingPeriodPattern.Parse(text, Frequency.Monthly);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"--period \"{text}\": expected {parsed.Expected}");
        return default;
    }
}
