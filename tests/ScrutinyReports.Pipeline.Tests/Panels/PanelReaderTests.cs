using System.Text;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Pipeline.Tests.Panels;

public class PanelReaderTests
{
    [Fact]
    public void Read_TheDemoExample_FillsEveryCoverSheetField()
    {
        using var file = DemoCouncil.OpenPanelFile();

        var panel = PanelReader.Read(file, "demo-panel.json").Panel!;

        Assert.Equal(("cypf", new DateOnly(2019, 10, 23), "6", Audience.Public, "336", 5), (panel.Id, panel.MeetingDate!.Value, panel.AgendaItem, panel.Audience, panel.LocalAuthority, panel.DataDeadlineDay!.Value));
        Assert.Equal(8, panel.MaxExceptions);
        Assert.Equal(2, panel.AccountableEmployees.Count);
        Assert.Equal(new Consideration("Children's Services Leadership Team", new DateOnly(2019, 10, 1)), panel.ConsideredBy[0]);
        Assert.Equal(2, panel.Recommendations.Count);
        Assert.NotNull(panel.Sections.CorporateLandlordImplications);
    }

    [Fact]
    public void Read_OnlyIdAndName_IsEnough()
    {
        var panel = Read("""{"id": "cypf", "name": "Children's panel"}""").Panel!;

        Assert.Equal(Audience.Public, panel.Audience);
        Assert.Null(panel.MeetingDate);
        Assert.Empty(panel.Recommendations);
        Assert.Null(panel.Sections.Purpose);
        Assert.Equal(8, panel.MaxExceptions);
    }

    [Fact]
    public void Read_MaxExceptions_SetsTheLengthOfTheExceptionsList()
    {
        var panel = Read("""{"id": "cypf", "name": "Children's panel", "maxExceptions": 5}""").Panel!;

        Assert.Equal(5, panel.MaxExceptions);
    }

    [Theory]
    [InlineData("""{"id": "Children Panel", "name": "x"}""", "panel.json (id): expected a short id of lower-case letters")]
    [InlineData("""{"id": "cypf"}""", "panel.json (name): expected the panel's name")]
    [InlineData("""{"id": "cypf", "name": "x", "meetingDate": "23/10/2019"}""", "panel.json (meetingDate): expected a date written as YYYY-MM-DD")]
    [InlineData("""{"id": "cypf", "name": "x", "audience": "secret"}""", "panel.json (audience): expected public or internal; found \"secret\"")]
    [InlineData("""{"id": "cypf", "name": "x", "dataDeadlineDay": 31}""", "panel.json (dataDeadlineDay): expected a day of the month from 1 to 28")]
    [InlineData("""{"id": "cypf", "name": "x", "maxExceptions": 0}""", "panel.json (maxExceptions): expected how many exceptions to list, a whole number from 1 to 30; found 0")]
    [InlineData("""{"id": "cypf", "name": "x", "maxExceptions": 31}""", "panel.json (maxExceptions): expected how many exceptions to list, a whole number from 1 to 30; found 31")]
    [InlineData("""{"id": "cypf", "name": "x", "maxExceptions": "eight"}""", "panel.json, line 1, column")]
    [InlineData("""{"id": "cypf", "name": "x", "localAuthority": "E08000031"}""", "panel.json (localAuthority): expected the DfE three-digit")]
    [InlineData("""{"id": "cypf", "name": "x", "accountableEmployees": [{"name": "Head of service", "email": "not an address"}]}""", "panel.json (accountableEmployees[0].email): expected an e-mail address")]
    [InlineData("""{"id": "cypf", "name": "x", "sections": {"purpse": "typo"}}""", "panel.json (sections.purpse): unknown section")]
    [InlineData("""{"id": "cypf", "name": "x", "meetingdate": "2019-10-23", "colour": "red"}""", "panel.json, line 1, column")]
    [InlineData("{\n  \"id\": \"cypf\",\n  \"name\": \"x\"\n  \"council\": \"y\"\n}", "panel.json, line 4, column 3")]
    public void Read_BadFile_SaysWhereAndWhat(string json, string expected)
    {
        var result = Read(json);

        Assert.Null(result.Panel);
        Assert.Contains(result.Errors, error => error.StartsWith(expected, StringComparison.Ordinal));
    }

    private static PanelReadResult Read(string json) => PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "panel.json");
}
