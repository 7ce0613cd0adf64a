using Xunit;

namespace ScrutinyReports.Testing.Mail;

/// <summary>One MailDev for a test class (IClassFixture): starting node takes about a second, clearing it none.</summary>
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
