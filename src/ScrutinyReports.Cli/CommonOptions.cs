using System.CommandLine;

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
}
