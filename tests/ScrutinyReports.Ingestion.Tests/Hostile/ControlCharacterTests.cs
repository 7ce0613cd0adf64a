using ScrutinyReports.Ingestion.Uploads;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>
/// A value or a file name repeated in an error is escaped: a line break, ESC, BEL, NUL, backspace, DEL or a bidi
/// override cannot forge another line of output, move the cursor or reorder what a reader sees.
/// </summary>
public sealed class ControlCharacterTests
{
    public static TheoryData<string, string, string> Values => new()
    {
        { "line break forging an error", "five\nerror: other.csv, row 1", "\"five\\nerror: other.csv, row 1\"" },
        { "carriage return", "five\rerror", "\"five\\rerror\"" },
        { "escape sequence", "\u001b[2Jfive", "\"\\u001b[2Jfive\"" },
        { "bell, NUL, backspace, DEL", "f\u0007i\u0000v\be\u007f", "\"f\\u0007i\\u0000v\\u0008e\\u007f\"" },
        { "bidi override", "five\u202Eeno", "\"five\\u202eeno\"" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Read_ValueWithControlCharacters_IsQuotedEscaped(string scenario, string value, string quoted)
    {
        var (_, diagnostics) = ReadCsv("indicator,period,value\nCLA_COUNT,2019-09,\"" + value + "\"\n", "scorecard.csv");

        var line = Assert.Single(diagnostics.Lines());
        Assert.EndsWith("found " + quoted, line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
        Assert.NotNull(scenario);
    }

    [Fact]
    public void Read_FileNameWithControlCharacters_IsEscapedInEveryLine()
    {
        var (_, diagnostics) = ReadCsv("indicator,period,value\nCLA_COUNT,2019-09,five\n", "a\u001b[2J\nerror: x.csv.csv");

        var line = Assert.Single(diagnostics.Lines());
        Assert.StartsWith("a\\u001b[2J\\nerror: x.csv.csv, row 2, column C (\"value\"): ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public void Read_HeadingWithControlCharacters_IsEscaped()
    {
        var (_, diagnostics) = ReadCsv("indicator,period,\"value\u001b[31m\"\nCLA_COUNT,2019-09,five\n", "scorecard.csv");

        Assert.All(diagnostics.Lines(), line => Assert.DoesNotContain(line, char.IsControl));
    }

    [Fact]
    public void Read_UnknownPeriodWithLineBreak_IsEscaped()
    {
        var (_, diagnostics) = ReadCsv("indicator,period,value\nCLA_COUNT,\"Sep\nerror: x\",5\n", "scorecard.csv");

        Assert.StartsWith("unreadable period \"Sep\\nerror: x\"", Assert.Single(diagnostics.Errors).Message, StringComparison.Ordinal);
    }
}
