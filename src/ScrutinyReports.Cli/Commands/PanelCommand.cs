using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny panel import FILE.json</c>: a panel's cover-sheet details and settings.</summary>
internal sealed class PanelCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The panel's configuration (JSON): id, name, meeting date, cover sheet details, sections, audience." };
        var import = new Command("import", "Store a panel's configuration, replacing any panel with the same id.") { file };
        import.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.IsMissing(console, path))
            {
                return ExitCodes.Failed;
            }

            await using var content = InputFiles.OpenSeekable(path);
            var result = await services.GetRequiredService<PanelImporter>().ImportAsync(content, path.Name, cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (result.Panel is null)
            {
                console.Info($"{Domain.Formatting.Echo.Plain(path.Name)}: rejected; no panel was changed.");
                return ExitCodes.Failed;
            }

            console.Result($"imported panel {result.Panel.Id} ({Domain.Formatting.Echo.Plain(result.Panel.Name)})");
            return ExitCodes.Success;
        }));
        return new Command("panel", "Manage scrutiny panels.") { import };
    }
}
