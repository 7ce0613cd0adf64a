using System.Text;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Subscribers;

public class SubscriberListReaderTests
{
    private static readonly string[] Panels = ["cypf", "corporate"];
    private static readonly string[] Themes = ["Adoption", "Children in need", "Child protection"];

    [Fact]
    public void Read_MembersAndOfficers_KeepsRolesPanelsAndCatalogueThemes()
    {
        var (subscribers, errors) = Read("""
            Email,Name,Role,Panel,Themes
            chair@council.example,Cllr Ada Chair,member,CYPF,
            cin.lead@council.example,Priya Shah,Officer,,children in need; Child protection
            adoption@council.example,,officer,cypf,Adoption
            """);

        Assert.Empty(errors);
        Assert.Collection(subscribers,
            chair =>
            {
                Assert.Equal(("chair@council.example", "Cllr Ada Chair", SubscriberRole.Member, "cypf"), (chair.Email, chair.Name, chair.Role, chair.PanelId));
                Assert.Empty(chair.Themes);
            },
            officer =>
            {
                Assert.Equal(SubscriberRole.Officer, officer.Role);
                Assert.Null(officer.PanelId);
                Assert.Equal(["Children in need", "Child protection"], officer.Themes);
                Assert.True(officer.Owns("CHILD PROTECTION"));
                Assert.False(officer.Owns("Adoption"));
            },
            unnamed => Assert.Equal("adoption@council.example", unnamed.Name));
    }

    [Fact]
    public void Read_WrongRows_LocatesEveryErrorAndReturnsNobody()
    {
        var (subscribers, errors) = Read("""
            email,name,role,panel,themes
            chair@council.example,Cllr Ada Chair,member,cypf,
            not-an-address,Someone,member,cypf,
            member@council.example,Cllr Ben,councillor,cypf,
            member2@council.example,Cllr Cy,member,,
            officer@council.example,Sam,officer,,
            officer2@council.example,Kim,officer,,Adoption;Finance
            member3@council.example,Cllr Di,member,planning,
            chair@council.example,Cllr Ada Chair,member,cypf,
            """);

        Assert.Empty(subscribers);
        Assert.Equal(
        [
            "people.csv, row 3, column A (\"email\"): expected an e-mail address such as j.smith@council.example; found \"not-an-address\"",
            "people.csv, row 4, column C (\"role\"): expected member (a panel member, told when reports are published) or officer (reminded when figures are due); found \"councillor\"",
            "people.csv, row 5, column D (\"panel\"): a member needs the id of their panel, such as cypf; found a blank",
            "people.csv, row 6, column E (\"themes\"): an officer needs the themes whose indicators they own, separated by semicolons, such as Adoption; Children in need; found a blank",
            "people.csv, row 7, column E (\"themes\"): \"Finance\" is not a theme of the catalogue; expected one of Adoption, Child protection, Children in need",
            "people.csv, row 8, column D (\"panel\"): expected the id of a panel on record (corporate, cypf); found \"planning\"",
            "people.csv, row 9, column A (\"email\"): chair@council.example is listed twice with the same role and panel, first in row 2; expected each person once per panel",
        ], errors);
    }

    [Fact]
    public void Read_MissingRequiredColumn_SaysWhichAndWhatIsNeeded()
    {
        var (subscribers, errors) = Read("email,name,panel\nchair@council.example,Ada,cypf\n");

        Assert.Empty(subscribers);
        Assert.Equal(["people.csv, row 1: missing required column \"role\"; the subscriber list needs email, role"], errors);
    }

    [Fact]
    public void Read_ExcelList_ReadsTheSameWay()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("People", sheet => sheet
            .SharedString("A1", "Email").SharedString("B1", "Role").SharedString("C1", "Panel")
            .SharedString("A2", "chair@council.example").SharedString("B2", "member").SharedString("C2", "cypf")
            .SharedString("A3", "chair.council.example").SharedString("B3", "member").SharedString("C3", "cypf")).ToBytes();
        var diagnostics = new UploadDiagnostics();

        var subscribers = SubscriberListReader.Read(new MemoryStream(workbook), "people.xlsx", diagnostics, Panels, Themes);

        Assert.Empty(subscribers);
        Assert.Equal(["people.xlsx, row 3, column A (\"Email\"): expected an e-mail address such as j.smith@council.example; found \"chair.council.example\""], diagnostics.Lines());
    }

    [Theory]
    [InlineData("a@b.example", true)]
    [InlineData("first.last+tag@council.gov.uk", true)]
    [InlineData("", false)]
    [InlineData("no-at.example", false)]
    [InlineData("two@@council.example", false)]
    [InlineData("@council.example", false)]
    [InlineData("name@localhost", false)]
    [InlineData("name@council..example", false)]
    [InlineData("name@council.example.", false)]
    [InlineData("a b@council.example", false)]
    [InlineData("a@council.example;b@council.example", false)]
    public void LooksValid_CatchesTypingSlips(string text, bool expected) => Assert.Equal(expected, EmailAddress.LooksValid(text));

    private static (IReadOnlyList<Subscriber> Subscribers, List<string> Errors) Read(string csv)
    {
        var diagnostics = new UploadDiagnostics();
        var subscribers = SubscriberListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "people.csv", diagnostics, Panels, Themes);
        return (subscribers, diagnostics.Lines().ToList());
    }
}
