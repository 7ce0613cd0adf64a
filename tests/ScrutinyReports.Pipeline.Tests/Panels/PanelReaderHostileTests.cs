using System.Text;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Pipeline.Tests.Panels;

/// <summary>Every shape of panel file a person can write gets a located error in words: never a crash or a .NET type name.</summary>
public sealed class PanelReaderHostileTests
{
    [Theory]
    [InlineData("""{"id": "cypf", "name": "x", "accountableEmployees": [null]}""", "panel.json (accountableEmployees[0]): expected a person")]
    [InlineData("""{"id": "cypf", "name": "x", "consideredBy": [null, {"body": "Cabinet"}]}""", "panel.json (consideredBy[0]): expected a body and date")]
    [InlineData("""{"id": "cypf", "name": "x", "recommendations": ["Note the report", null]}""", "panel.json (recommendations[1]): expected text in double quotes; found null")]
    [InlineData("""{"id": "cypf", "name": "x", "backgroundPapers": [null]}""", "panel.json (backgroundPapers[0]): expected text in double quotes; found null")]
    [InlineData("""{"id": "cypf", "name": "x", "recommendations": "Note the report"}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": "x", "accountableEmployees": {"name": "Head"}}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": ["x"]}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": "x", "dataDeadlineDay": "5th"}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": "x", "sections": ["purpose"]}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": "x", "accountableEmployees": [{"name": {"first": "Ada"}}]}""", "panel.json, line 1, column")]
    [InlineData("[1, 2, 3]", "panel.json, line 1, column")]
    [InlineData("\"just text\"", "panel.json, line 1, column")]
    public void Read_WrongShape_LocatedErrorWithoutATypeName(string json, string expected)
    {
        var result = Read(json);

        Assert.Null(result.Panel);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("PanelDocument", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "cypf", "name": "x", "recommendations": "Note the report"}""", "(recommendations): expected a list of text items in double quotes")]
    [InlineData("""{"id": "cypf", "name": ["x"]}""", "(name): expected text in double quotes")]
    [InlineData("""{"id": "cypf", "name": "x", "dataDeadlineDay": "5th"}""", "(dataDeadlineDay): expected a whole number without quotes")]
    [InlineData("""{"id": "cypf", "name": "x", "accountableEmployees": [{"name": {"first": "Ada"}}]}""", "(accountableEmployees[0].name): expected text in double quotes")]
    [InlineData("""{"id": "cypf", "name": "x", "colour": "red"}""", "unknown field \"colour\"")]
    public void Read_WrongShape_SaysWhatTheFieldHolds(string json, string expected)
    {
        Assert.Contains(expected, Assert.Single(Read(json).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNested_RefusedAtTheFirstListOutOfPlace()
    {
        var json = """{"id": "cypf", "name": "x", "sections": """ + new string('[', 5000) + new string(']', 5000) + "}";

        var error = Assert.Single(Read(json).Errors);

        Assert.StartsWith("panel.json, line 1, column 42 (sections): expected an object of named fields", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeName_RefusedWithAShortEscapedPrefix()
    {
        var name = "\u001b[2J" + new string('N', 1_000_000);

        var error = Assert.Single(Read($$"""{"id": "cypf", "name": "{{name.Replace("\u001b", "\\u001b", StringComparison.Ordinal)}}"}""").Errors);

        Assert.StartsWith("panel.json (name): expected at most 200 characters; found 1,000,004, beginning \"\\u001b[2JNNN", error, StringComparison.Ordinal);
        Assert.True(error.Length < 250, $"the message is {error.Length} characters long");
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void Read_ControlCharactersInAValue_EscapedInTheMessage()
    {
        var error = Assert.Single(Read("""{"id": "cypf", "name": "x", "audience": "public\nerror: other.csv, row 1"}""").Errors);

        Assert.Equal("panel.json (audience): expected public or internal; found \"public\\nerror: other.csv, row 1\"", error);
    }

    private static PanelReadResult Read(string json) => PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "panel.json");
}
