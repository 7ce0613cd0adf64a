using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli;

/// <summary>Regenerates the reports portal after a publication and says where it is.</summary>
internal static class PortalOutput
{
    public static async Task RefreshAsync(CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var portal = services.GetRequiredService<PortalRefresher>();
        await portal.RefreshAsync(cancellationToken);
        var files = services.GetRequiredService<IScrutinyStore>().Files;
        foreach (var target in portal.Targets)
        {
            console.Info($"Reports portal: {files.Locate(target.Container, PortalLinks.Index)}");
        }
    }
}
