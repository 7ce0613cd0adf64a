using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Pipeline.Population;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny population import FILE</c>: the child population that breakdowns by age and sex are set against.</summary>
internal sealed class PopulationCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV or Excel with columns year, age, sex and population: the mid-year estimate for each single year of age 0 to 17 and sex (Male, Female), as ONS gives it on Nomis.",
        };
        var import = new Command("import", "Replace the child population with this file's (the file is kept in the archive).") { file };
        import.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.IsMissing(console, path))
            {
                return ExitCodes.Failed;
            }

            await using var content = InputFiles.OpenSeekable(path);
            var result = await services.GetRequiredService<ChildPopulationImporter>().ImportAsync(content, path.Name, cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (!result.Succeeded || result.Population is not { } population)
            {
                console.Info($"{Echo.Plain(path.Name)}: rejected; the child population was not changed.");
                return ExitCodes.Failed;
            }

            foreach (var year in population.Years)
            {
                var children = population.For(year).Sum(e => e.Count);
                console.Result($"mid-{year}: {children.ToString("#,##0", CultureInfo.InvariantCulture)} children aged 0 to {ChildAgeBands.OldestChildAge}");
            }

            return ExitCodes.Success;
        }));
        return new Command("population", "Manage the child population by age and sex that breakdowns are compared with.") { import };
    }
}
