using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny comparators import FILE... [--la CODE] [--sn-model 2025|2021]</c>: published DfE comparators.</summary>
internal sealed class ComparatorsCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "DfE tidy CSVs as published on Explore Education Statistics; a statistical neighbour model file among them is used instead of the shipped one.", Arity = ArgumentArity.OneOrMore };
        var la = new Option<string?>("--la") { Description = "The DfE three-digit local authority code (default: the panel's localAuthority)." };
        var model = new Option<string>("--sn-model") { Description = "The statistical neighbour model: 2025 or 2021, both shipped with the app (default: the newest).", DefaultValueFactory = _ => ComparatorImporter.Models[0] };
        model.AcceptOnlyFromAmong([.. ComparatorImporter.Models]);
        var map = new Option<FileInfo?>("--map") { Description = "Your own comparator map (CSV, the columns of the built-in dfe-comparator-map.csv): rows for your indicators, replacing built-in rows for the same indicator." };
        var import = new Command("import", "Store England, region, statistical neighbour and published local figures, and the council's quartile band, per indicator and year.") { files, la, model, map };
        import.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var store = services.GetRequiredService<IScrutinyStore>();
            // Every missing file is reported, not only the first.
            var missing = parse.GetValue(files)!.Where(file => InputFiles.IsMissing(console, file)).ToList();
            if (missing.Count > 0)
            {
                return ExitCodes.Failed;
            }

            var authority = parse.GetValue(la) ?? (await store.Panels.ListAsync(cancellationToken)).Select(p => p.LocalAuthority).FirstOrDefault(code => code is not null)
                ?? throw new PipelineException("no local authority: give --la CODE (such as 336) or set localAuthority in the panel's configuration");
            var opened = parse.GetValue(files)!.ToDictionary(f => f.Name, f => (Func<Stream>)(() => InputFiles.OpenSeekable(f)), StringComparer.OrdinalIgnoreCase);
            var mapFile = parse.GetValue(map);
            await using var mapContent = mapFile is null ? null : InputFiles.OpenSeekable(mapFile);
            var result = await services.GetRequiredService<ComparatorImporter>().ImportAsync(opened, authority, parse.GetValue(model)!,
                mapContent is null ? null : (mapContent, mapFile!.Name), cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (!result.Succeeded)
            {
                return ExitCodes.Failed;
            }

            console.Info($"Comparators for {result.AuthorityName ?? result.LocalAuthority} ({result.LocalAuthority}), region {result.Region ?? "unknown"}, statistical neighbours model {result.SnModel} ({result.SnModelFile ?? "shipped with the app"}):");
            foreach (var (indicator, count) in result.FiguresPerIndicator.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                console.Result($"{indicator}: {count} figures");
            }

            return ExitCodes.Success;
        }));
        return new Command("comparators", "Manage published comparators.") { import };
    }
}
