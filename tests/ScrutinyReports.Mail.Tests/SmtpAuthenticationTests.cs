using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>A server that asks senders to sign in: the sender signs in only when given a user name.</summary>
public sealed class SmtpAuthenticationTests(SmtpAuthenticationTests.AuthenticatingMaildev maildev) : IClassFixture<SmtpAuthenticationTests.AuthenticatingMaildev>
{
    private const string UserName = "scrutiny";
    private const string Password = "Tr0ub4dor&3-council";

    [Fact]
    public async Task SendAsync_RightPassword_Delivers()
    {
        await maildev.Server.ClearAsync();

        await TestSenders.Sender(maildev.Server.SmtpPort, Credentials(Password)).SendAsync(TestSenders.Message(TestSenders.NewKey("auth")));

        var email = Assert.Single(await maildev.Server.WaitForEmailsAsync(1));
        Assert.Equal("September 2019 report published", email.Subject);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_FailsWithoutShowingIt()
    {
        const string Wrong = "Wr0ng-Pa55word-of-mine";
        var sender = TestSenders.Sender(maildev.Server.SmtpPort, Credentials(Wrong));

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("wrong"))));

        Assert.Contains($"127.0.0.1:{maildev.Server.SmtpPort}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("refused the user name and password for scrutiny", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoUserName_DoesNotSignInAndIsRefused()
    {
        var sender = TestSenders.Sender(maildev.Server.SmtpPort);

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(TestSenders.NewKey("anonymous"))));

        Assert.Equal(
            $"Could not send mail through 127.0.0.1:{maildev.Server.SmtpPort}: the server asks senders to sign in (Error: authentication Required): set Smtp:UserName and Smtp:Password.",
            failure.Message);
    }

    private static Action<SmtpOptions> Credentials(string password) => options =>
    {
        options.UserName = UserName;
        options.Password = password;
    };

    public sealed class AuthenticatingMaildev : IAsyncLifetime
    {
        private MaildevServer? server;

        public MaildevServer Server => server ?? throw new InvalidOperationException("MailDev has not started.");

        public async Task InitializeAsync() => server = await MaildevServer.StartAsync(userName: UserName, password: Password);

        public async Task DisposeAsync()
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }
}
