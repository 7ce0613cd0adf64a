using System.CommandLine;
using ScrutinyReports.Cli.Commands;
using ScrutinyReports.Pipeline;

namespace ScrutinyReports.Cli;

/// <summary>The <c>scrutiny</c> command line: parses, runs one command, and maps every outcome to an exit code.</summary>
public static class ScrutinyCli
{
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, configuration: null, cancellationToken);

    /// <param name="configuration">Settings to use instead of appsettings.json and the environment (tests give their own).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Microsoft.Extensions.Configuration.IConfiguration? configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (configuration is not null)
        {
            CliHost.Configuration = configuration;
        }

        var root = new RootCommand("ScrutinyReports: monthly children's services performance reports for scrutiny panels.")
        {
            CommonOptions.Store,
            CommonOptions.Verbose,
            DemoCommand.Create(console),
            CatalogueCommand.Create(console),
            PanelCommand.Create(console),
            ComparatorsCommand.Create(console),
            PopulationCommand.Create(console),
            IngestCommand.Create(console),
            ValidateCommand.Create(console),
            ReportCommand.Create(console),
            ServeCommand.Create(console),
            SubscribersCommand.Create(console),
            ActionsCommand.Create(console),
            RemindCommand.Create(console),
            NotifyCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error(error.Message);
            }

            console.Info("Run 'scrutiny --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is PipelineException or Rendering.Html.TemplateException)
        {
            console.Error(ex.Message);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error("cancelled");
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            // The outermost edge: a person sees one line and an exit code, never a stack trace unless asked for it.
            console.Error(UnexpectedFailure.Describe(ex));
            if (parse.GetValue(CommonOptions.Verbose))
            {
                console.Info(ex.ToString());
            }
            else
            {
                console.Info("Run the same command with --verbose to see the technical detail for a bug report.");
            }

            return ExitCodes.Failed;
        }
    }
}
