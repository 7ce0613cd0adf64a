using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>A server that is down, silent, or down and then back: failures are clear, quick and free of secrets.</summary>
public sealed class SmtpOutageTests
{
    private const string Password = "S3cret-relay-Pa55";

    [Fact]
    public async Task SendAsync_NothingListening_FailsNamingHostAndPortWithoutPassword()
    {
        var port = MaildevServer.FreePort();
        var sender = TestSenders.Sender(port, options =>
        {
            options.UserName = "scrutiny";
            options.Password = Password;
        });
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("down"))));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}; the timeout is 5 s.");
        Assert.StartsWith($"Could not send mail through 127.0.0.1:{port}: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("refused", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_FailsAfterTheTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var sender = TestSenders.Sender(port, options => options.Timeout = TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("silent"))));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        Assert.Equal($"Could not send mail through 127.0.0.1:{port}: no answer within 1 s (Smtp:Timeout).", failure.Message);
    }

    [Fact]
    public async Task SendAsync_ServerBackOnSamePort_SameSenderDelivers()
    {
        var first = await MaildevServer.StartAsync();
        var port = first.SmtpPort;
        var sender = TestSenders.Sender(port);
        await sender.SendAsync(TestSenders.Message(TestSenders.NewKey("before")));
        Assert.Single(await first.WaitForEmailsAsync(1));

        await first.DisposeAsync();
        await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("while-down"))));

        await using var second = await MaildevServer.StartAsync(port);
        var key = TestSenders.NewKey("after");
        await sender.SendAsync(TestSenders.Message(key));
        var email = Assert.Single(await second.WaitForEmailsAsync(1));
        Assert.Equal(key, email.Header("X-ScrutinyReports-Key"));
    }

    [Fact]
    public async Task SendAsync_Cancelled_ThrowsCancellationNotDeliveryFailure()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var sender = TestSenders.Sender(((IPEndPoint)silent.LocalEndpoint).Port, options => options.Timeout = TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("cancel")), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}; cancelled after 0.2 s.");
    }
}
