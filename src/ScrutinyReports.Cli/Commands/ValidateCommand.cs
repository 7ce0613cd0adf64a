using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny validate FILE...</c>: the ingest checks, storing nothing.</summary>
internal sealed class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "CSV or XLSX uploads to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check uploads against the catalogue and every ingest rule; nothing is stored.") { files };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var store = services.GetRequiredService<IScrutinyStore>();
            var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
            var dimensions = await CatalogueSource.GetDimensionsAsync(store, cancellationToken);
            var exit = ExitCodes.Success;
            foreach (var file in parse.GetValue(files)!)
            {
                if (InputFiles.IsMissing(console, file))
                {
                    exit = ExitCodes.Failed;
                    continue;
                }

                await using var content = InputFiles.OpenSeekable(file);
                var (count, errors, errorCount) = UploadIngestor.Validate(catalogue, content, file.Name, dimensions, cancellationToken);
                foreach (var error in errors)
                {
                    console.Error(error);
                }

                console.Result(errors.Count == 0 ? $"valid {Echo.Plain(file.Name)}: {count:N0} figures" : $"invalid {Echo.Plain(file.Name)}: {errorCount:N0} errors");
                exit = errors.Count == 0 ? exit : ExitCodes.Failed;
            }

            return exit;
        }));
        return command;
    }
}
