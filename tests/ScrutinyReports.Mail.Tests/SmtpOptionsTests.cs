using Microsoft.Extensions.Options;

namespace ScrutinyReports.Mail.Tests;

/// <summary>Unusable settings are refused when the sender is made, each named by its configuration key.</summary>
public sealed class SmtpOptionsTests
{
    private static readonly Dictionary<string, Action<SmtpOptions>> Changes = new()
    {
        ["no host"] = options => options.Host = " ",
        ["port 0"] = options => options.Port = 0,
        ["port 65536"] = options => options.Port = 65536,
        ["no from"] = options => options.From = null,
        ["from not an address"] = options => options.From = "Scrutiny reports",
        ["from without domain"] = options => options.From = "scrutiny@",
        ["user without password"] = options => options.UserName = "scrutiny",
        ["zero timeout"] = options => options.Timeout = TimeSpan.Zero,
        ["negative timeout"] = options => options.Timeout = TimeSpan.FromSeconds(-1),
    };

    public static TheoryData<string, string> Problems => new()
    {
        { "no host", "Smtp:Host is not set: give the SMTP server's host name, such as smtp.council.example." },
        { "port 0", "Smtp:Port is 0: give a TCP port from 1 to 65535" },
        { "port 65536", "Smtp:Port is 65536: give a TCP port from 1 to 65535" },
        { "no from", "Smtp:From is not set: give the sender's address, such as \"Scrutiny reports <scrutiny@council.example>\"." },
        { "from not an address", "Smtp:From is \"Scrutiny reports\", which is not an e-mail address" },
        { "from without domain", "Smtp:From is \"scrutiny@\", which is not an e-mail address" },
        { "user without password", "Smtp:Password is not set but Smtp:UserName is" },
        { "zero timeout", "Smtp:Timeout is 00:00:00: give a positive time such as 00:00:30." },
        { "negative timeout", "Smtp:Timeout is -00:00:01: give a positive time such as 00:00:30." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Constructor_UnusableSetting_NamesIt(string change, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => TestSenders.Sender(25, Changes[change]));

        var problem = Assert.Single(failure.Failures);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.Equal(typeof(SmtpOptions), failure.OptionsType);
    }

    [Fact]
    public void Constructor_SeveralUnusableSettings_NamesEach()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => new SmtpMailSender(Options.Create(new SmtpOptions { Port = -1 }), TimeProvider.System));

        Assert.Collection(
            failure.Failures,
            problem => Assert.StartsWith("Smtp:Host is not set", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("Smtp:Port is -1", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("Smtp:From is not set", problem, StringComparison.Ordinal));
        Assert.Contains("Smtp:From is not set", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnusableSettings_NeverShowsPassword()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => TestSenders.Sender(0, options =>
        {
            options.UserName = "scrutiny";
            options.Password = "Hunter2-council";
            options.From = "not an address";
        }));

        Assert.DoesNotContain("Hunter2-council", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scrutiny@council.example")]
    [InlineData("Scrutiny reports <scrutiny@council.example>")]
    [InlineData("\"Children's services, scrutiny\" <scrutiny@council.example>")]
    public void Constructor_FromAddressWithOrWithoutName_IsAccepted(string from)
    {
        var sender = TestSenders.Sender(587, options => options.From = from);

        Assert.Equal("127.0.0.1:587", sender.Description);
    }

    [Fact]
    public void Defaults_AreSubmissionPortWithStartTlsAndThirtySeconds()
    {
        var options = new SmtpOptions();

        Assert.Equal(587, options.Port);
        Assert.True(options.UseStartTls);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Null(options.UserName);
    }
}
