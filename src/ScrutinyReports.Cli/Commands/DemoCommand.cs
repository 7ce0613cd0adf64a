using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Demo;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny demo [--out DIR]</c>: a fictional council's store, and its latest report.</summary>
internal sealed class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Fill the store with the built-in catalogue and 25 months of a fictional council's figures, and publish September 2019's report.")
        {
            CommonOptions.Out,
        };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var (upload, report) = await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
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
