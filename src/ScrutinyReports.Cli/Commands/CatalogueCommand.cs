using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Catalogue;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny catalogue import FILE</c>: add or replace indicator definitions.</summary>
internal sealed class CatalogueCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "A CSV or XLSX file with columns id, name, theme, unit, polarity, frequency, decimals, target, tolerance, definition; or a breakdown list with columns dimension, category, optional.",
        };
        var import = new Command("import", "Import indicator definitions (an indicator with an id already in the catalogue is replaced) or a breakdown list (each dimension it names is replaced).") { file };
        import.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.IsMissing(console, path))
            {
                return ExitCodes.Failed;
            }

            await using var content = InputFiles.OpenSeekable(path);
            var result = await services.GetRequiredService<CatalogueImporter>().ImportAsync(content, path.Name, cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (!result.Succeeded)
            {
                console.Info($"{Domain.Formatting.Echo.Plain(path.Name)}: rejected; the catalogue is unchanged.");
                return ExitCodes.Failed;
            }

            if (result.DeclaredDimensions is { } declared)
            {
                console.Result($"declared {string.Join(", ", declared.Select(d => $"{d.Dimension} ({d.Categories} categories)"))} from {Domain.Formatting.Echo.Plain(path.Name)}");
                return ExitCodes.Success;
            }

            console.Result($"imported {result.Imported} indicators from {Domain.Formatting.Echo.Plain(path.Name)}; the catalogue has {result.CatalogueSize}");
            return ExitCodes.Success;
        }));
        return new Command("catalogue", "Manage the indicator catalogue.") { import };
    }
}
