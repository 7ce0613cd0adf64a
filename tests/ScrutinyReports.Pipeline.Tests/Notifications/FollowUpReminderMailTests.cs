using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Tests.Cli;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>
/// Follow-up reminders sent by the real command line through MailDev, on the demo's log as at 1 November 2019
/// (October's figures due 5 November). Open items then: A1 (on track, due 30 September, updated 4 October), A2 and A3
/// (updated in October), Q2 (open, due 16 October, never updated) and R2 (open, due 11 December, never updated).
/// </summary>
public sealed class FollowUpReminderMailTests(MaildevFixture maildev) : IAsyncLifetime, IClassFixture<MaildevFixture>
{
    // head.cla owns a theme with October figures missing and leads Q2; adoption leads R2 and sends its only monthly
    // figure (ADOPT_WAITING) before the reminders; head.cin's item (A2) was updated in October; performance leads only
    // R1, which is complete.
    private const string Subscribers = """
        email,name,role,panel,themes
        head.cla@northbridge.example,Jo Khan,officer,cypf,Children looked after
        adoption@northbridge.example,Sam Reid,officer,cypf,Adoption
        head.cin@northbridge.example,Priya Shah,officer,cypf,Children in need
        performance@northbridge.example,Alex Moss,officer,cypf,Care leavers
        """;

    // A1 is 32 days overdue on 1 November, Q2 16 days: with a threshold of 20 only A1 reaches the chair.
    private const string PanelWithChair = """
        { "id": "cypf", "name": "Children, Young People and Families Scrutiny Panel", "dataDeadlineDay": 5,
          "chair": { "name": "Cllr Ada Chair", "email": "chair@northbridge.example" }, "chairOverdueDays": 20 }
        """;

    private readonly TempFolder folder = new();
    private readonly MaildevServer mail = maildev.Server;

    private string Store => Path.Combine(folder.Path, "store");

    public async Task InitializeAsync()
    {
        await mail.ClearAsync();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("--store", Store, "demo")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await RunAsync("subscribers", "import", Write("people.csv", Subscribers))).ExitCode);
        Assert.Equal(ExitCodes.Success, (await RunAsync("panel", "import", Write("panel.json", PanelWithChair))).ExitCode);
        Assert.Equal(ExitCodes.Success, (await RunAsync("ingest", Write("adoption.csv", "indicator,period,value\nADOPT_WAITING,2019-10,12\n"))).ExitCode);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Remind_Twice_EachLeadGetsOneMessagePerMonth_WithTheirItemsDueDatesAndLatestUpdates()
    {
        var first = await RunAsync("remind", "--as-of", "2019-11-01");
        var again = await RunAsync("remind", "--as-of", "2019-11-03");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first.ExitCode, again.ExitCode));
        Assert.Contains("queued reminders for 4 officers: head.cla@northbridge.example, adoption@northbridge.example, head.cin@northbridge.example, performance@northbridge.example", first.OutputLines);
        Assert.Contains("no reminders to queue", again.OutputLines);
        var emails = await mail.EmailsAsync();
        // The demo's own uploads queued receipts, which go out with the reminders; only reminders are counted here.
        var officers = emails.Where(e => e.Subject.StartsWith("Figures due", StringComparison.Ordinal) || e.Subject.StartsWith("Follow-up due", StringComparison.Ordinal)).ToList();
        Assert.Equal(["adoption@northbridge.example", "head.cin@northbridge.example", "head.cla@northbridge.example", "performance@northbridge.example"], officers.Select(e => e.To.Single().Address).Order(StringComparer.Ordinal));

        // Figures missing and an item to update: one message carries both.
        var cla = officers.Single(e => e.To.Single().Address == "head.cla@northbridge.example");
        Assert.StartsWith("Figures due 5 November: ", cla.Subject, StringComparison.Ordinal);
        Assert.EndsWith("still to send for October 2019, and 1 follow-up item to update", cla.Subject, StringComparison.Ordinal);
        Assert.Contains("- Q2; Item: Question: What is the timetable for the new placement sufficiency strategy?; Due: 16 October 2019 (overdue by 16 days); Status: Open; Latest update: No update yet", cla.Text, StringComparison.Ordinal);
        Assert.Contains("had no update since 1 October 2019", cla.Text, StringComparison.Ordinal);

        // No figures to send: the follow-up on its own.
        var adoption = officers.Single(e => e.To.Single().Address == "adoption@northbridge.example");
        Assert.Equal("Follow-up due 5 November: 1 follow-up item to update for the panel", adoption.Subject);
        Assert.Contains("- R2; Item: Recommendation: That the Panel receives a report on adoption timeliness at its December meeting.; Due: 11 December 2019; Status: Open; Latest update: No update yet", adoption.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Figures", adoption.Text, StringComparison.Ordinal);

        // A2 was updated on 1 October, and R1 is complete: their leads' reminders are for figures only, with nothing extra.
        foreach (var lead in new[] { "head.cin@northbridge.example", "performance@northbridge.example" })
        {
            var reminder = officers.Single(e => e.To.Single().Address == lead);
            Assert.EndsWith("still to send for October 2019", reminder.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("Follow-up items to update", reminder.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("follow-up item", reminder.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("A2;", reminder.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("R1;", reminder.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Remind_Twice_TheChairIsToldOnceOnlyOfItemsOverdueBeyondTheThreshold()
    {
        var first = await RunAsync("remind", "--as-of", "2019-11-01");
        var again = await RunAsync("remind", "--as-of", "2019-11-04");

        Assert.Contains("queued overdue follow-up alerts for 1 chair: chair@northbridge.example (cypf)", first.OutputLines);
        Assert.DoesNotContain(again.OutputLines, line => line.Contains("overdue follow-up alerts", StringComparison.Ordinal));
        var chair = Assert.Single(await mail.EmailsAsync(), e => e.To.Single().Address == "chair@northbridge.example");
        Assert.Equal("Cllr Ada Chair", chair.To.Single().Name);
        Assert.Equal("Children, Young People and Families Scrutiny Panel: 1 follow-up item overdue by more than 20 days", chair.Subject);
        Assert.Contains("- A1; Item: Action: Audit a sample of re-referrals", chair.Text, StringComparison.Ordinal);
        Assert.Contains("Due: 30 September 2019 (overdue by 32 days); Latest update: Audit of 40 re-referrals complete; findings go to the Leadership Team on 5 November and then to the Panel. (4 October 2019)", chair.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Q2", chair.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("R2", chair.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_WhenNothingIsOverdueBeyondTheThreshold_TheChairGetsNothing()
    {
        // On 5 October, September's deadline, officers are reminded; A1 is then 5 days overdue and Q2 not yet due.
        var run = await RunAsync("remind", "--as-of", "2019-10-05");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("queued reminders for ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.OutputLines, line => line.Contains("overdue follow-up alerts", StringComparison.Ordinal));
        Assert.DoesNotContain(await mail.EmailsAsync(), e => e.To.Single().Address == "chair@northbridge.example");
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(MailSettings.For(mail), ["--store", Store, .. args]);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, content);
        return path;
    }
}
