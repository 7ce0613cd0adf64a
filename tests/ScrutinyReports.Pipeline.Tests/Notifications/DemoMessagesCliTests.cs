using Microsoft.Extensions.Configuration;
using MimeKit;
using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Tests.Cli;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>
/// The README's "see the messages without a mail server": demo, remind as of 1 November 2019 (October's figures due
/// 5 November), then notify into a pickup folder. Worked by hand from demo-subscribers.csv, the built-in catalogue
/// (October ends no quarter or year, so only monthly indicators are due, and the demo has none for October) and
/// demo-follow-up.csv: open items with no update since 1 October are Q2 (head.cla) and R2 (adoption); A1 (30 September)
/// and Q2 (16 October) are 32 and 16 days overdue, both beyond the default 14.
/// </summary>
public sealed class DemoMessagesCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "scrutiny-data");

    private string Pickup => Path.Combine(folder.Path, "mail-out");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task DemoRemindNotify_IntoAPickupFolder_WritesEachLeadsReminderWithTheirItems_AndTheChairsAlert()
    {
        var none = new ConfigurationBuilder().Build();
        var pickup = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Smtp:PickupDirectory"] = Pickup }).Build();

        var demo = await CliRun.RunAsync(none, "--store", Store, "demo");
        var remind = await CliRun.RunAsync(none, "--store", Store, "remind", "--as-of", "2019-11-01");
        var notify = await CliRun.RunAsync(pickup, "--store", Store, "notify");

        Assert.Equal(ExitCodes.Success, demo.ExitCode);
        // Without a mail server the reminders are queued and wait: remind says so and fails, as it always has.
        Assert.Equal(ExitCodes.Failed, remind.ExitCode);
        Assert.Contains("queued reminders for 5 officers: performance@northbridge.example, safeguarding.qa@northbridge.example, head.cin@northbridge.example, head.cla@northbridge.example, adoption@northbridge.example", remind.OutputLines);
        Assert.Contains("queued overdue follow-up alerts for 1 chair: chair.cypf@northbridge.example (cypf)", remind.OutputLines);
        Assert.Equal(ExitCodes.Success, notify.ExitCode);
        Assert.Contains("Notifications: 8 handled, 12 messages sent, 0 failed.", notify.ErrorLines);

        var messages = Directory.GetFiles(Pickup, "*.eml").Order(StringComparer.Ordinal).Select(file => MimeMessage.Load(file)).ToList();
        try
        {
            // The demo upload's receipt, the September publication to the five members, five reminders, one alert.
            Assert.Equal(12, messages.Count);
            var bySubject = messages.Where(m => !(m.Subject ?? string.Empty).Contains("report published", StringComparison.Ordinal)).ToDictionary(m => To(m).Address, m => m.Subject ?? string.Empty);
            Assert.Equal(new Dictionary<string, string>
            {
                ["performance.officer@northbridge.example"] = "Accepted: northbridge-performance-2017-09-to-2019-09.csv (1,979 figures)",
                ["performance@northbridge.example"] = "Figures due 5 November: 6 indicators still to send for October 2019",
                ["safeguarding.qa@northbridge.example"] = "Figures due 5 November: 13 indicators still to send for October 2019",
                ["head.cin@northbridge.example"] = "Figures due 5 November: 11 indicators still to send for October 2019",
                ["head.cla@northbridge.example"] = "Figures due 5 November: 17 indicators still to send for October 2019, and 1 follow-up item to update",
                ["adoption@northbridge.example"] = "Figures due 5 November: 1 indicator still to send for October 2019, and 1 follow-up item to update",
                ["chair.cypf@northbridge.example"] = "Children, Young People and Families Scrutiny Panel: 2 follow-up items overdue by more than 14 days",
            }, bySubject);
            Assert.Equal(["chair.cypf@northbridge.example", "member.a.cypf@northbridge.example", "member.b.cypf@northbridge.example", "member.c.cypf@northbridge.example", "vice.chair.cypf@northbridge.example"],
                messages.Where(m => m.Subject == "Children, Young People and Families Scrutiny Panel: September 2019 report published").Select(m => To(m).Address).Order(StringComparer.Ordinal));

            var cla = Single(messages, "head.cla@northbridge.example", "Figures due");
            Assert.Equal("Head of Children Looked After", To(cla).Name);
            Assert.Contains("Dear Head of Children Looked After,", cla.TextBody, StringComparison.Ordinal);
            Assert.Contains("The panel is following up 1 item you lead that has had no update since 1 October 2019. Please send an update by Tuesday 5 November 2019", cla.TextBody, StringComparison.Ordinal);
            Assert.Contains("- Q2; Item: Question: What is the timetable for the new placement sufficiency strategy?; Due: 16 October 2019 (overdue by 16 days); Status: Open; Latest update: No update yet", cla.TextBody, StringComparison.Ordinal);
            Assert.Contains("- Personal education plans reviewed on time (PEP_TIMELY); Period due: October 2019", cla.TextBody, StringComparison.Ordinal);
            Assert.Contains(">Follow-up items to update</caption>", cla.HtmlBody, StringComparison.Ordinal);

            var adoption = Single(messages, "adoption@northbridge.example", "Figures due");
            Assert.Contains("- Children waiting to be placed for adoption (ADOPT_WAITING); Period due: October 2019", adoption.TextBody, StringComparison.Ordinal);
            Assert.Contains("- R2; Item: Recommendation: That the Panel receives a report on adoption timeliness at its December meeting.; Due: 11 December 2019; Status: Open; Latest update: No update yet", adoption.TextBody, StringComparison.Ordinal);

            // A1 and A3 were updated in October, A2 on 1 October itself; R1 is complete: their leads are asked for figures only.
            foreach (var lead in new[] { "performance@northbridge.example", "safeguarding.qa@northbridge.example", "head.cin@northbridge.example" })
            {
                Assert.DoesNotContain("Follow-up items to update", Single(messages, lead, "Figures due").TextBody, StringComparison.Ordinal);
            }

            var chair = Single(messages, "chair.cypf@northbridge.example", "Children, Young People and Families Scrutiny Panel: 2 follow-up items");
            Assert.Equal("Chair of the Panel", To(chair).Name);
            var text = chair.TextBody ?? string.Empty;
            Assert.Contains("On 1 November 2019, 2 follow-up items of the Children, Young People and Families Scrutiny Panel were still open more than 14 days after their due date:", text, StringComparison.Ordinal);
            var a1 = text.IndexOf("- A1; Item: Action: Audit a sample of re-referrals within 12 months to find why families return and report the learning to the Panel.; Lead: Service Manager, Safeguarding Quality Assurance; Due: 30 September 2019 (overdue by 32 days); Latest update: Audit of 40 re-referrals complete; findings go to the Leadership Team on 5 November and then to the Panel. (4 October 2019)", StringComparison.Ordinal);
            var q2 = text.IndexOf("- Q2; Item: Question: What is the timetable for the new placement sufficiency strategy?; Lead: Head of Children Looked After; Due: 16 October 2019 (overdue by 16 days); Latest update: No update yet", StringComparison.Ordinal);
            Assert.True(a1 >= 0 && q2 > a1, text);
            Assert.DoesNotContain("R2;", text, StringComparison.Ordinal);
            Assert.Contains(">Overdue follow-up items</caption>", chair.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            messages.ForEach(m => m.Dispose());
        }
    }

    private static MailboxAddress To(MimeMessage message) => Assert.IsType<MailboxAddress>(Assert.Single(message.To));

    private static MimeMessage Single(IEnumerable<MimeMessage> messages, string to, string subjectStart) =>
        Assert.Single(messages, m => To(m).Address == to && (m.Subject ?? string.Empty).StartsWith(subjectStart, StringComparison.Ordinal));
}
