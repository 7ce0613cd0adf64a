using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Reports;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny report --period YYYY-MM [--out DIR]</c>: publish a month's report.</summary>
internal sealed class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var period = CommonOptions.Month("The report month, such as 2019-09.");
        var panel = new Option<string?>("--panel") { Description = "The panel's id, when the store has more than one." };
        var audience = new Option<string?>("--audience") { Description = "public (small numbers suppressed) or internal; overrides the panel's setting." };
        audience.AcceptOnlyFromAmong("public", "internal");
        var suppressBelow = new Option<int?>("--suppress-below") { Description = "In public reports, suppress counts from 1 up to this number minus one (default 5)." };
        var notify = new Option<bool>("--notify") { Description = "Then send the waiting notifications: each panel member is told of a new version." };
        var command = new Command("report", "Build and publish a panel's report for a month (a new version only when its inputs changed).") { period, panel, audience, suppressBelow, CommonOptions.Out, notify };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var request = new ReportRequest
            {
                PanelId = parse.GetValue(panel),
                Audience = parse.GetValue(audience) switch { "public" => Audience.Public, "internal" => Audience.Internal, _ => null },
                SuppressBelow = parse.GetValue(suppressBelow),
            };
            var published = await services.GetRequiredService<ReportPublisher>().PublishAsync(parse.GetValue(period), request, cancellationToken);
            await ReportOutput.PrintAsync(console, published, parse.GetValue(CommonOptions.Out), services.GetRequiredService<ScrutinyReports.Pipeline.Storage.IScrutinyStore>().Files, cancellationToken);
            await PortalOutput.RefreshAsync(console, services, cancellationToken);
            return !parse.GetValue(notify) || await NotifyCommand.SendAsync(console, services, cancellationToken) ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }
}
