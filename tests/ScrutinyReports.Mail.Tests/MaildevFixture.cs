using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>One MailDev for a test class: starting node takes about a second.</summary>
public sealed class MaildevFixture : IAsyncLifetime
{
    private MaildevServer? server;

    public MaildevServer Server => server ?? throw new InvalidOperationException("MailDev has not started.");

    public async Task InitializeAsync() => server = await MaildevServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
