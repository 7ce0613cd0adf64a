using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.FollowUp;
using ScrutinyReports.Pipeline.FollowUp;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli.Commands;

/// <summary>
/// <c>scrutiny actions import|add|update|adopt-questions|list</c>: the panel's recommendations, actions and questions,
/// carried from meeting to meeting. Every change is appended to the item's history with its date and source.
/// </summary>
internal sealed class ActionsCommand
{
    public static Command Create(CliConsole console) => new("actions", "Keep the panel's log of recommendations, actions and questions.")
    {
        Import(console), Add(console), Update(console), Adopt(console), List(console),
    };

    private static Command Import(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV or Excel with columns ref, kind, text, raised, lead, due, status, update, indicators (separated by ;), panel, and optionally updated." };
        var command = new Command("import", "Add a log file's items and record their status and update (a file with any error changes nothing).") { file };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.IsMissing(console, path))
            {
                return ExitCodes.Failed;
            }

            await using var content = InputFiles.OpenSeekable(path);
            var result = await services.GetRequiredService<FollowUpImporter>().ImportAsync(content, path.Name, cancellationToken);
            foreach (var error in result.Errors)
            {
                console.Error(error);
            }

            if (!result.Succeeded)
            {
                console.Info($"{Echo.Plain(path.Name)}: rejected; the follow-up log was not changed.");
                return ExitCodes.Failed;
            }

            console.Result($"imported {Echo.Plain(path.Name)}: {CountText.Of(result.Added, "new item")}, {CountText.Of(result.Changed, "item")} updated, {result.Unchanged} unchanged");
            console.Info($"kept as {result.KeptAs}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var reference = new Argument<string>("ref") { Description = "The item's reference, such as A12." };
        var kind = new Option<string>("--kind") { Description = "recommendation, action or question.", Required = true };
        kind.AcceptOnlyFromAmong([.. FollowUpWords.KindWords]);
        var text = new Option<string>("--text") { Description = "The recommendation, action or question as agreed.", Required = true };
        var raised = DateOption("--raised", "The date of the meeting that raised it, such as 2019-03-20.", required: true);
        var lead = new Option<string>("--lead") { Description = "The lead officer's e-mail, as in the subscriber list.", Required = true };
        var due = DateOption("--due", "When it is due, such as 2019-09-30.", required: false);
        var indicators = new Option<string?>("--indicators") { Description = "Linked catalogue indicator ids, separated by ;." };
        var status = StatusOption();
        var update = new Option<string?>("--update") { Description = "What the lead reports." };
        var panel = PanelOption();
        var command = new Command("add", "Add one item to the log.") { reference, kind, text, raised, lead, due, indicators, status, update, panel };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var request = new FollowUpAddRequest(parse.GetValue(reference)!, FollowUpWords.ParseKind(parse.GetValue(kind))!.Value, parse.GetValue(text)!,
                parse.GetValue(raised)!.Value, parse.GetValue(lead)!, parse.GetValue(due),
                (parse.GetValue(indicators) ?? string.Empty).Split(FollowUpLogReader.IndicatorSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parse.GetValue(panel), parse.GetValue(status) is { } s ? FollowUpWords.ParseStatus(s)!.Value : FollowUpStatus.Open, parse.GetValue(update) ?? string.Empty);
            var item = await services.GetRequiredService<FollowUpLog>().AddAsync(request, Environment.UserName, cancellationToken);
            console.Result($"added {item.Ref} to the log of panel {item.PanelId}: {FollowUpWords.Of(item.Status)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Update(CliConsole console)
    {
        var reference = new Argument<string>("ref") { Description = "The item's reference." };
        var status = StatusOption();
        var update = new Option<string?>("--update") { Description = "What the lead reports." };
        var date = DateOption("--date", "The date of the update (today when not given).", required: false);
        var panel = PanelOption();
        var command = new Command("update", "Record a new status and update for an item (its history is kept).") { reference, status, update, date, panel };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var request = new FollowUpUpdateRequest(parse.GetValue(reference)!, parse.GetValue(panel),
                parse.GetValue(status) is { } s ? FollowUpWords.ParseStatus(s) : null, parse.GetValue(update) ?? string.Empty, parse.GetValue(date));
            var item = await services.GetRequiredService<FollowUpLog>().UpdateAsync(request, Environment.UserName, cancellationToken);
            console.Result($"{item.Ref} ({item.PanelId}) is {FollowUpWords.Of(item.Status)}; {item.History.Count} {(item.History.Count == 1 ? "entry" : "entries")} in its history");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Adopt(CliConsole console)
    {
        var period = CommonOptions.Month("The report month whose questions to adopt, such as 2019-09.");
        var panel = PanelOption();
        var lead = new Option<string?>("--lead") { Description = "The lead officer for every question (otherwise the officer owning each indicator's theme)." };
        var due = DateOption("--due", "When the answers are due (otherwise a month after the panel's meeting).", required: false);
        var command = new Command("adopt-questions", "Add the pack's questions for scrutiny to the log, so next month's pack shows their answers.") { period, panel, lead, due };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var adopted = await services.GetRequiredService<FollowUpLog>().AdoptQuestionsAsync(parse.GetValue(period), parse.GetValue(panel), parse.GetValue(lead),
                parse.GetValue(due), Environment.UserName, cancellationToken);
            foreach (var item in adopted)
            {
                console.Info($"{item.Ref}: {item.Lead}, due {FollowUpDocument.Iso(item.Due!.Value)}");
            }

            console.Result($"adopted {CountText.Of(adopted.Count, "question")} for {parse.GetValue(period).Label}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var panel = PanelOption();
        var asOf = DateOption("--as-of", "Show the log as it stood at the end of this date, overdue worked out against it (default today).", required: false);
        var command = new Command("list", "Show the log: each item's status, due date, lead and latest update.") { panel, asOf };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var store = services.GetRequiredService<IScrutinyStore>();
            var today = parse.GetValue(asOf) ?? services.GetRequiredService<FollowUpLog>().Today;
            var items = (await store.FollowUps.ListAsync(parse.GetValue(panel), cancellationToken)).Select(item => item.AsAt(today)).OfType<FollowUpItem>().ToList();
            foreach (var item in items.OrderBy(i => i.PanelId, StringComparer.Ordinal).ThenBy(i => FollowUpOrdering.Group(i, today)).ThenBy(i => i.Due ?? DateOnly.MaxValue))
            {
                var overdue = item.IsOverdue(today) ? $", overdue by {CountText.Of(item.DaysOverdue(today), "day")}" : string.Empty;
                var due = item.Due is { } d ? FollowUpDocument.Iso(d) : "no due date";
                console.Result($"{item.PanelId}\t{item.Ref}\t{FollowUpWords.Of(item.Kind)}\t{FollowUpWords.Of(item.Status)}{overdue}\t{due}\t{item.Lead}\t{item.LatestUpdate?.Update ?? string.Empty}");
            }

            console.Info($"{CountText.Of(items.Count, "item")} as at {FollowUpDocument.Iso(today)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string?> PanelOption() => new("--panel") { Description = "The panel's id, when the store has more than one." };

    private static Option<string?> StatusOption()
    {
        var status = new Option<string?>("--status") { Description = "open, on track, at risk, complete, answered or dropped (overdue is worked out from the due date)." };
        status.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && FollowUpWords.ParseStatus(result.Tokens[0].Value) is null)
            {
                result.AddError($"--status \"{result.Tokens[0].Value}\": expected {string.Join(", ", FollowUpWords.StatusWords)}");
            }
        });
        return status;
    }

    private static Option<DateOnly?> DateOption(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateText.Parse(text) is { } date)
            {
                return date;
            }

            result.AddError($"{name} \"{text}\": expected {DateText.Expected}");
            return null;
        },
    };
}
