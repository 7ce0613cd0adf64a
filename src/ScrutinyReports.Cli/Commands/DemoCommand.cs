using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Demo;

namespace ScrutinyReports.Cli.Commands;

/// <summary>
/// <c>scrutiny demo [--out DIR] [--la CODE]</c>: a fictional council's store, and its latest report, with a real
/// authority's published England, region and statistical neighbour figures as its comparators.
/// </summary>
internal sealed class DemoCommand
{
    private static readonly Option<string> La = new("--la")
    {
        Description = "The DfE three-digit code of the real authority whose region, England and statistical neighbour figures are the demo's comparators (default: 336, Wolverhampton).",
        DefaultValueFactory = _ => DemoSeeder.DefaultComparatorAuthority,
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Fill the store with the built-in catalogue and 25 months of a fictional council's figures, borrow a real authority's published comparators, and publish September 2019's report.")
        {
            CommonOptions.Out,
            La,
        };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var (upload, report) = await services.GetRequiredService<DemoSeeder>().SeedAsync(DemoComparatorFiles.All, parse.GetValue(La)!, cancellationToken);
            console.Info(upload.AlreadyStored
                ? $"Demo figures already in the store at {Path.GetFullPath(parse.GetValue(CommonOptions.Store)!)}."
                : $"Stored {upload.Upload.ObservationCount:N0} demo figures for {upload.PerIndicator.Count} indicators in {Path.GetFullPath(parse.GetValue(CommonOptions.Store)!)}.");
            await ReportOutput.PrintAsync(console, report, parse.GetValue(CommonOptions.Out), services.GetRequiredService<ScrutinyReports.Pipeline.Storage.IScrutinyStore>().Files, cancellationToken);
            await PortalOutput.RefreshAsync(console, services, cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }
}
