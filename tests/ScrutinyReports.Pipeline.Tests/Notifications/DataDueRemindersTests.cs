using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

public sealed class DataDueRemindersTests : PipelineFixture
{
    private static readonly Subscriber CinOfficer = new("cin@council.example", "Priya", SubscriberRole.Officer, null, ["Children in need"]);
    private static readonly Subscriber ClaOfficer = new("cla@council.example", "Sam", SubscriberRole.Officer, null, ["Children looked after"]);
    private static readonly Subscriber AdoptionOfficer = new("adoption@council.example", "Kim", SubscriberRole.Officer, null, ["Adoption"]);
    private static readonly Subscriber Member = new("chair@council.example", "Cllr Ada", SubscriberRole.Member, "cypf", ["Children in need"]);

    [Theory]
    [InlineData("2019-09-29", 5, "2019-10-05")]
    [InlineData("2019-10-05", 5, "2019-10-05")]
    [InlineData("2019-10-06", 5, "2019-11-05")]
    [InlineData("2019-12-20", 10, "2020-01-10")]
    public void NextDeadline_IsTheFirstDeadlineDayOnOrAfterToday(string today, int day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DataDueReminders.NextDeadline(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), day));

    [Fact]
    public async Task Queue_BeforeTheWindow_QueuesNothingAndSaysWhenItOpens()
    {
        await SubscribeAsync(CinOfficer);

        var run = await Reminders().QueueAsync(new DateOnly(2019, 9, 30));

        // Five days before 5 October is 30 September, but nobody is chased for a month that has not ended.
        Assert.Equal(("2019-09", new DateOnly(2019, 10, 5), new DateOnly(2019, 10, 1)), (run.Month.Code, run.Deadline, run.RemindersFrom));
        Assert.Empty(run.Queued);
        Assert.Empty(await Store.Notifications.ReceiveAsync(10));
    }

    [Fact]
    public async Task Queue_InTheWindow_RemindsOnlyOfficersWithMissingFiguresDueThatMonth()
    {
        await SubscribeAsync(CinOfficer, ClaOfficer, AdoptionOfficer, Member);
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\nCIN_SEEN_5D,2019-08,74.6\n");

        var run = await Reminders().QueueAsync(new DateOnly(2019, 10, 1));

        // CLA_COUNT arrived; A1_DAYS is annual and not due for September; members are never reminded.
        Assert.Equal(["cin@council.example"], run.Queued);
        var queued = Assert.Single((await Store.Notifications.ReceiveAsync(10)).Select(r => r.Notification), n => n.Kind == NotificationKinds.DataDue);
        Assert.Equal(("reminder:2019-09:cin@council.example", NotificationKinds.DataDue), (queued.Id, queued.Kind));
        using var payload = JsonDocument.Parse(queued.Payload);
        Assert.Equal("2019-10-05", payload.RootElement.GetProperty("deadline").GetString());
        var figure = Assert.Single(payload.RootElement.GetProperty("figures").EnumerateArray());
        Assert.Equal(("CIN_SEEN_5D", "2019-09"), (figure.GetProperty("indicator").GetString(), figure.GetProperty("period").GetString()));
    }

    [Fact]
    public async Task Queue_AtTheFinancialYearEnd_IncludesAnnualIndicators()
    {
        await SubscribeAsync(AdoptionOfficer);

        var run = await Reminders().QueueAsync(new DateOnly(2020, 4, 1));

        Assert.Equal("2020-03", run.Month.Code);
        Assert.Equal(["adoption@council.example"], run.Queued);
        using var payload = JsonDocument.Parse(Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification.Payload);
        Assert.Equal("2019/20", Assert.Single(payload.RootElement.GetProperty("figures").EnumerateArray()).GetProperty("period").GetString());
    }

    [Fact]
    public async Task Queue_UsesThePanelsDeadlineDayAndTheConfiguredLeadTime()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { DataDeadlineDay = 12 });
        await SubscribeAsync(CinOfficer);
        var reminders = new DataDueReminders(Store, new NotificationOptions { ReminderDaysBefore = 2 }, Clock);

        var early = await reminders.QueueAsync(new DateOnly(2019, 10, 9));
        var due = await reminders.QueueAsync(new DateOnly(2019, 10, 10));

        Assert.Equal((new DateOnly(2019, 10, 12), new DateOnly(2019, 10, 10)), (early.Deadline, early.RemindersFrom));
        Assert.Empty(early.Queued);
        Assert.Equal(["cin@council.example"], due.Queued);
    }

    [Fact]
    public async Task Queue_AnOfficerOnSeveralRows_IsRemindedOnceOfEveryThemeTheyOwn()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel"));
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate panel"));
        await SubscribeAsync(CinOfficer with { PanelId = "cypf" }, ClaOfficer with { Email = "CIN@council.example", PanelId = "corporate" });

        var run = await Reminders().QueueAsync(new DateOnly(2019, 10, 1));

        Assert.Equal(["cin@council.example"], run.Queued);
        using var payload = JsonDocument.Parse(Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification.Payload);
        Assert.Equal(["CIN_SEEN_5D", "CLA_COUNT"], payload.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("indicator").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Queue_OfficersWorkToTheirOwnPanelsDeadline()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { DataDeadlineDay = 5 });
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate panel") { DataDeadlineDay = 20 });
        await SubscribeAsync(CinOfficer with { PanelId = "cypf" }, ClaOfficer with { PanelId = "corporate" });

        var early = await Reminders().QueueAsync(new DateOnly(2019, 10, 1));
        var late = await Reminders().QueueAsync(new DateOnly(2019, 10, 15));

        Assert.Equal(["cin@council.example"], early.Queued);
        Assert.Equal(["cla@council.example"], late.Queued);
        var reminders = (await Store.Notifications.ReceiveAsync(10)).Select(r => JsonDocument.Parse(r.Notification.Payload)).ToList();
        Assert.Equal(["2019-10-05", "2019-10-20"], reminders.Select(r => r.RootElement.GetProperty("deadline").GetString()));
        Assert.All(reminders, r => r.Dispose());
    }

    [Fact]
    public async Task Queue_ALeadOfAnItemOfAPanelWithAnEarlierDeadline_IsRemindedBeforeThatDeadline()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { DataDeadlineDay = 5 });
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate panel") { DataDeadlineDay = 20 });
        // Subscribed to the corporate panel only, but leading an open question of the children's panel, never updated.
        await SubscribeAsync(ClaOfficer with { PanelId = "corporate" });
        await Store.FollowUps.SaveAsync([new Domain.FollowUp.FollowUpItem("Q2", Domain.FollowUp.FollowUpKind.Question, "What is the timetable for the sufficiency strategy?",
            new DateOnly(2019, 9, 18), "CLA@council.example", new DateOnly(2019, 10, 16), "cypf", [],
            [new Domain.FollowUp.FollowUpHistoryEntry(Domain.FollowUp.FollowUpStatus.Open, string.Empty, new DateOnly(2019, 9, 18), "log.csv")])]);

        var run = await Reminders().QueueAsync(new DateOnly(2019, 10, 1));

        // Without the item the corporate panel's deadline (20 October) would open the window only on 15 October.
        Assert.Equal(["cla@council.example"], run.Queued);
        using var payload = JsonDocument.Parse(Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification.Payload);
        Assert.Equal(("2019-09", "2019-10-05"), (payload.RootElement.GetProperty("month").GetString(), payload.RootElement.GetProperty("deadline").GetString()));
        var item = Assert.Single(payload.RootElement.GetProperty("followUps").EnumerateArray());
        Assert.Equal(("cypf", "Q2"), (item.GetProperty("panel").GetString(), item.GetProperty("ref").GetString()));
    }

    [Fact]
    public async Task Queue_AnItemRaisedAfterItsPanelsDeadline_DoesNotSkipTheLeadsOwnDeadlineThatMonth()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { DataDeadlineDay = 5 });
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate panel") { DataDeadlineDay = 20 });
        await SubscribeAsync(ClaOfficer with { PanelId = "corporate" });
        // Raised on 10 October, after the children's panel's 5 October deadline, before the corporate panel's 20 October one.
        await Store.FollowUps.SaveAsync([new Domain.FollowUp.FollowUpItem("Q3", Domain.FollowUp.FollowUpKind.Question, "When will the sufficiency strategy be ready?",
            new DateOnly(2019, 10, 10), "cla@council.example", new DateOnly(2019, 11, 30), "cypf", [],
            [new Domain.FollowUp.FollowUpHistoryEntry(Domain.FollowUp.FollowUpStatus.Open, string.Empty, new DateOnly(2019, 10, 10), "log.csv")])]);

        var run = await Reminders().QueueAsync(new DateOnly(2019, 10, 15));

        // September's figures are still due for the corporate panel on 20 October: the children's panel's next deadline
        // (5 November, for October) must not take their place.
        Assert.Equal(["cla@council.example"], run.Queued);
        using var payload = JsonDocument.Parse(Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification.Payload);
        Assert.Equal(("2019-09", "2019-10-20"), (payload.RootElement.GetProperty("month").GetString(), payload.RootElement.GetProperty("deadline").GetString()));
    }

    [Fact]
    public async Task Queue_AClosedItemOfAnotherPanel_DoesNotMoveTheLeadsDeadline()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { DataDeadlineDay = 5 });
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate panel") { DataDeadlineDay = 20 });
        await SubscribeAsync(ClaOfficer with { PanelId = "corporate" });
        await Store.FollowUps.SaveAsync([new Domain.FollowUp.FollowUpItem("Q1", Domain.FollowUp.FollowUpKind.Question, "Why have placement moves risen?",
            new DateOnly(2019, 9, 18), "cla@council.example", new DateOnly(2019, 10, 16), "cypf", [],
            [new Domain.FollowUp.FollowUpHistoryEntry(Domain.FollowUp.FollowUpStatus.Answered, "Answered in writing.", new DateOnly(2019, 9, 25), "log.csv")])]);

        var early = await Reminders().QueueAsync(new DateOnly(2019, 10, 1));
        var due = await Reminders().QueueAsync(new DateOnly(2019, 10, 15));

        Assert.Empty(early.Queued);
        Assert.Equal(["cla@council.example"], due.Queued);
        using var payload = JsonDocument.Parse(Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification.Payload);
        Assert.Equal("2019-10-20", payload.RootElement.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Queue_AnswersWithNotAvailableCountAsReceived_AndQuarterlyIndicatorsAreDueAtTheQuarterEnd()
    {
        await Store.Catalogue.SaveAsync(new Domain.Indicators.IndicatorCatalogue(Figures.SmallCatalogue.Indicators.Append(
            new Domain.Indicators.Indicator("ADOPTIONS", "Children adopted", "Adoption", Domain.Indicators.Unit.Count, Domain.Indicators.Polarity.Neutral,
                Domain.Periods.Frequency.Quarterly, 0, null, 0, "Adoptions in the quarter."))));
        await SubscribeAsync(CinOfficer, AdoptionOfficer);
        await IngestCsvAsync("indicator,period,value,commentary\nCIN_SEEN_5D,2019-11,N/A,System outage\n");

        var november = await Reminders().QueueAsync(new DateOnly(2019, 12, 1));
        var december = await Reminders().QueueAsync(new DateOnly(2020, 1, 1));

        Assert.Empty(november.Queued);
        Assert.Equal(["cin@council.example", "adoption@council.example"], december.Queued);
        var adoption = (await Store.Notifications.ReceiveAsync(10)).Select(r => r.Notification).Single(n => n.Id == "reminder:2019-12:adoption@council.example");
        using var payload = JsonDocument.Parse(adoption.Payload);
        Assert.Equal("2019/20 Q3", Assert.Single(payload.RootElement.GetProperty("figures").EnumerateArray()).GetProperty("period").GetString());
    }

    private DataDueReminders Reminders() => new(Store, new NotificationOptions(), Clock);

    private Task SubscribeAsync(params Subscriber[] subscribers) =>
        SubscriberDirectory.SaveAsync(Store.Files, subscribers, "test", Clock.GetUtcNow());
}
