using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny subscribers import FILE</c>: who is told of publications (members) and reminded of data (officers).</summary>
internal sealed class SubscribersCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV or Excel with columns email, name, role (member or officer), panel, themes (separated by ;)." };
        var import = new Command("import", "Replace the subscriber list with this file's (earlier lists are kept).") { file };
        import.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.IsMissing(console, path))
            {
                return ExitCodes.Failed;
            }

            await using var content = InputFiles.OpenSeekable(path);
            var result = await services.GetRequiredService<SubscriberImporter>().ImportAsync(content, path.Name, cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (result.Errors.Count > 0)
            {
                console.Info($"{Domain.Formatting.Echo.Plain(path.Name)}: rejected; the subscriber list was not changed.");
                return ExitCodes.Failed;
            }

            var members = result.Subscribers.Where(s => s.Role == SubscriberRole.Member).GroupBy(s => s.PanelId!, StringComparer.OrdinalIgnoreCase)
                .Select(panel => $"{CountText.Of(panel.Count(), "member")} of {panel.Key}");
            var officers = result.Subscribers.Count(s => s.Role == SubscriberRole.Officer);
            console.Result($"imported {CountText.Of(result.Subscribers.Count, "subscriber")}: {string.Join(", ", members.Append(CountText.Of(officers, "officer")))}");
            return ExitCodes.Success;
        }));
        return new Command("subscribers", "Manage who receives notifications.") { import };
    }

}
