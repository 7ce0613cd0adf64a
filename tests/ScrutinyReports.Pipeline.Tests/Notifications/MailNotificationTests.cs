using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Tests.Cli;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>Receipts, reminders and publications sent by the real command line through a real SMTP server (MailDev).</summary>
public sealed class MailNotificationTests(MaildevFixture maildev) : IAsyncLifetime, IClassFixture<MaildevFixture>
{
    private const string Subscribers = """
        email,name,role,panel,themes
        chair@council.example,Cllr Ada Chair,member,cypf,
        vice.chair@council.example,Cllr Ben Vice,member,cypf,
        cin.lead@council.example,Priya Shah,officer,,Children in need
        adoption.lead@council.example,Sam Reid,officer,,Adoption
        """;

    // The demo panel's chair is told of A1 and Q2 (overdue by 32 and 16 days on 1 November, beyond the default 14).
    private static readonly string[] MessageKinds = ["Accepted:", "Rejected:", "Figures due", "Follow-up due", "overdue by more than", "report published"];

    private readonly TempFolder folder = new();
    private readonly MaildevServer mail = maildev.Server;

    private string Store => Path.Combine(folder.Path, "store");

    public async Task InitializeAsync()
    {
        await mail.ClearAsync();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("--store", Store, "demo")).ExitCode);
        File.WriteAllText(Path.Combine(folder.Path, "people.csv"), Subscribers);
        Assert.Equal(ExitCodes.Success, (await RunAsync("subscribers", "import", Path.Combine(folder.Path, "people.csv"))).ExitCode);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task IngestNotify_AcceptedAndRejectedFiles_EachUploaderGetsAReceipt()
    {
        var accepted = await RunAsync("ingest", "--uploader", "cin.lead@council.example", "--notify", Write("october.csv", "indicator,period,value\nCIN_SEEN_5D,2019-10,81.2\nCIN_SEEN_5D,2019-11,79.0\n"));
        var rejected = await RunAsync("ingest", "--uploader", "adoption.lead@council.example", "--notify", Write("adoption.csv", "indicator,period,value\nADOPT_WAITING,2019-10,12\nADOPT_WAITING,Octember,13\n"));

        Assert.Equal(ExitCodes.Success, accepted.ExitCode);
        Assert.Equal(ExitCodes.Failed, rejected.ExitCode);
        var emails = await mail.WaitForEmailsAsync(2);
        var receipt = Assert.Single(emails, e => e.To[0].Address == "cin.lead@council.example");
        Assert.Equal("Accepted: october.csv (2 figures)", receipt.Subject);
        Assert.Equal("Priya Shah", receipt.To[0].Name);
        Assert.Contains("- Children seen within 5 working days of referral (CIN_SEEN_5D); Figures: 2", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"", receipt.Html, StringComparison.Ordinal);
        var refusal = Assert.Single(emails, e => e.To[0].Address == "adoption.lead@council.example");
        Assert.Equal("Rejected: adoption.csv (1 error to correct)", refusal.Subject);
        Assert.Contains("nothing from it was stored", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("adoption.csv, row 3, column B (\"period\")", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeOnce_FileInAnOfficersFolder_ReceiptGoesToThatOfficer()
    {
        var drop = Path.Combine(Store, "uploads", "adoption.lead@council.example", "adoption.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(drop)!);
        File.WriteAllText(drop, "indicator,period,value\nADOPT_WAITING,2019-10,12\n");

        var run = await RunAsync("serve", "--once", "--as-of", "2019-10-20T09:00Z");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var emails = await mail.WaitForEmailsAsync(1);
        var receipt = Assert.Single(emails, e => e.Subject.StartsWith("Accepted: adoption.csv", StringComparison.Ordinal));
        Assert.Equal("adoption.lead@council.example", Assert.Single(receipt.To).Address);
    }

    [Fact]
    public async Task Remind_OnlyOfficersWithMissingFigures_GetOneReminderEachPerMonth()
    {
        // Adoption's only monthly indicator arrives; October ends no quarter or year, so nothing else of it is due.
        Assert.Equal(ExitCodes.Success, (await RunAsync("ingest", "--uploader", "adoption.lead@council.example", Write("adoption.csv", "indicator,period,value\nADOPT_WAITING,2019-10,12\n"))).ExitCode);

        var first = await RunAsync("remind", "--as-of", "2019-11-01");
        var again = await RunAsync("remind", "--as-of", "2019-11-02");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("queued reminders for 1 officer: cin.lead@council.example", first.OutputLines);
        Assert.Contains("no reminders to queue", again.OutputLines);
        var reminders = (await mail.EmailsAsync()).Where(e => e.Subject.StartsWith("Figures due", StringComparison.Ordinal)).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Equal("cin.lead@council.example", Assert.Single(reminder.To).Address);
        Assert.Equal("Figures due 5 November: 5 indicators still to send for October 2019", reminder.Subject);
        Assert.Contains("Children seen within 5 working days of referral (CIN_SEEN_5D)", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("due by Tuesday 5 November 2019", reminder.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reminders, e => e.To.Any(to => to.Address.Contains("chair", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReportNotify_EachMemberGetsOneMessageWithAWorkingLink_AndARepeatSendsNothing()
    {
        var first = await RunAsync("report", "--period", "2019-09", "--notify");
        var repeat = await RunAsync("notify");
        var republish = await RunAsync("report", "--period", "2019-09", "--notify");

        Assert.Equal([ExitCodes.Success, ExitCodes.Success, ExitCodes.Success], new[] { first.ExitCode, repeat.ExitCode, republish.ExitCode });
        var emails = (await mail.WaitForEmailsAsync(2)).Where(e => e.Subject.Contains("report published", StringComparison.Ordinal)).ToList();
        Assert.Equal(["chair@council.example", "vice.chair@council.example"], emails.Select(e => e.To.Single().Address).Order(StringComparer.Ordinal));
        var message = emails[0];
        Assert.Equal("Children, Young People and Families Scrutiny Panel: September 2019 report published", message.Subject);
        Assert.Matches(@"Against target: \d+ red, \d+ amber, \d+ green", message.Text);
        AssertListsThePacksExceptions(message.Text!, "cypf", "2019-09");
        var link = LinkIn(message.Text!);
        var page = new Uri(link).LocalPath;
        Assert.True(File.Exists(page), page);
        Assert.EndsWith(Path.Combine("site", "cypf", "2019-09", "index.html"), page, StringComparison.Ordinal);
        Assert.Contains("September 2019", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportNotify_AfterACorrection_MembersAreToldWhatChanged()
    {
        Assert.Equal(ExitCodes.Success, (await RunAsync("notify")).ExitCode);
        await mail.ClearAsync();
        Assert.Equal(ExitCodes.Success, (await RunAsync("ingest", Write("correction.csv", "indicator,period,value\nCLA_COUNT,2019-09,601\n"))).ExitCode);

        var run = await RunAsync("report", "--period", "2019-09", "--notify");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var emails = await mail.WaitForEmailsAsync(2);
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.Equal("Children, Young People and Families Scrutiny Panel: September 2019 report re-issued (version 2)", e.Subject));
        Assert.Contains("What changed since version 1", emails[0].Text, StringComparison.Ordinal);
        Assert.Contains("Children looked after: figure changed from", emails[0].Text, StringComparison.Ordinal);
        Assert.Contains("to 601.", emails[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKindOfMessage_InChromium_HasNoAccessibilityViolations()
    {
        // Q2's lead owns only Youth justice, whose indicators are all quarterly: nothing is due for October, so their
        // reminder is the follow-up on its own.
        Assert.Equal(ExitCodes.Success, (await RunAsync("subscribers", "import", Write("people.csv", Subscribers + "\nhead.cla@northbridge.example,Head of Children Looked After,officer,,Youth justice\n"))).ExitCode);
        await RunAsync("ingest", "--uploader", "adoption.lead@council.example", "--notify", Write("adoption.csv", "indicator,period,value\nADOPT_WAITING,Octember,13\n"));
        await RunAsync("remind", "--as-of", "2019-11-01");
        var emails = await mail.WaitForEmailsAsync(8);
        var kinds = MessageKinds
            .Select(kind => emails.First(e => e.Subject.Contains(kind, StringComparison.Ordinal)))
            .Select((email, i) => Write($"message-{i}.html", email.Html!))
            .ToArray();

        var result = await BrowserCheck.RunAsync(Directory.CreateDirectory(Path.Combine(folder.Path, "screenshots")).FullName, kinds);

        Assert.Empty(result.GetProperty("requests").EnumerateArray());
        foreach (var page in result.GetProperty("pages").EnumerateArray())
        {
            var violations = page.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")}: {v.GetProperty("example")}").ToList();
            Assert.True(violations.Count == 0, $"axe violations in {page.GetProperty("file")}: {string.Join("; ", violations)}");
            Assert.True(page.GetProperty("phoneScrollWidth").GetInt32() <= 390, $"{page.GetProperty("file")} scrolls sideways on a 390-pixel phone");
        }
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(MailSettings.For(mail), ["--store", Store, .. args]);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    // The e-mail lists the report's ranked exceptions, in its order and capped as it is, not just the red ones.
    private void AssertListsThePacksExceptions(string text, string panel, string period)
    {
        var latest = Directory.GetDirectories(Path.Combine(Store, "reports", panel, period), "v*").OrderBy(d => int.Parse(Path.GetFileName(d)[1..], CultureInfo.InvariantCulture)).Last();
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(latest, "report.json")));
        var ranked = report.RootElement.GetProperty("exceptions").EnumerateArray().Select(e => e.GetProperty("indicator").GetString()!).ToList();
        var indicators = report.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var lines = text.Split('\n');
        var heading = Array.IndexOf(lines, "Main exceptions, most serious first");
        Assert.True(heading >= 0, text);
        var listed = lines.Skip(heading + 2).SkipWhile(line => line.Length == 0).TakeWhile(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ranked.Count, listed.Count);
        Assert.All(ranked.Zip(listed), pair => Assert.StartsWith($"- {indicators[pair.First].GetProperty("name").GetString()}: ", pair.Second, StringComparison.Ordinal));
        Assert.Contains(ranked, id => indicators[id].GetProperty("rag").GetString() != "red");
        var notShown = report.RootElement.GetProperty("exceptionsNotShown").GetInt32();
        Assert.Equal(notShown > 0, text.Contains($"... and {notShown} more exception", StringComparison.Ordinal));
    }

    private static string LinkIn(string text) =>
        text.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("Read the", StringComparison.Ordinal)).Split(": ", 2)[1];
}

/// <summary>Configuration pointing the command line at a MailDev server.</summary>
internal static class MailSettings
{
    public static IConfiguration For(MaildevServer server) => ForPort(server.SmtpPort);

    public static IConfiguration ForPort(int smtpPort) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "Scrutiny Reports <reports@council.example>",
        ["Smtp:UseStartTls"] = "false",
        ["Smtp:Timeout"] = "00:00:05",
    }).Build();
}
