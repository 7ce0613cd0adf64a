using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Ingest;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny ingest FILE...</c>: store officers' figures, each file all or nothing.</summary>
internal sealed class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "CSV or XLSX uploads, long or wide format.", Arity = ArgumentArity.OneOrMore };
        var uploader = new Option<string?>("--uploader") { Description = "Who sent the files (an e-mail address), recorded with each upload." };
        var notify = new Option<bool>("--notify") { Description = "Then send the waiting notifications: the uploader gets a receipt for each file." };
        var command = new Command("ingest", "Validate and store uploads. A file with any error stores nothing; every file received is archived.") { files, uploader, notify };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var ingestor = services.GetRequiredService<UploadIngestor>();
            var exit = ExitCodes.Success;
            foreach (var file in parse.GetValue(files)!)
            {
                if (InputFiles.IsMissing(console, file))
                {
                    exit = ExitCodes.Failed;
                    continue;
                }

                await using var content = InputFiles.OpenSeekable(file);
                var name = Echo.Plain(file.Name);
                var outcome = await ingestor.IngestAsync(content, file.Name, parse.GetValue(uploader), cancellationToken);
                if (!outcome.Accepted)
                {
                    foreach (var error in outcome.Errors)
                    {
                        console.Error(error);
                    }

                    console.Result($"rejected {name}: {outcome.ErrorCount:N0} errors; nothing from this file was stored");
                    exit = ExitCodes.Failed;
                }
                else if (outcome.AlreadyStored)
                {
                    console.Result($"unchanged {name}: this content was already stored ({outcome.Upload.Id[..19]})");
                }
                else
                {
                    var commit = outcome.Commit!;
                    console.Result($"accepted {name}: {commit.Total:N0} figures for {outcome.PerIndicator.Count} indicators ({commit.Added:N0} new, {commit.Superseded:N0} revised, {commit.Outdated:N0} older than figures already stored)");
                    foreach (var warning in outcome.Warnings)
                    {
                        console.Info($"warning: {name}: {warning}");
                    }
                }
            }

            return parse.GetValue(notify) && !await NotifyCommand.SendAsync(console, services, cancellationToken) ? ExitCodes.Failed : exit;
        }));
        return command;
    }
}
