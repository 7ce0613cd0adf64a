using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>An indicator's name, theme and definition are capped: each is repeated in every table, chart and e-mail.</summary>
public sealed class CatalogueTextLengthTests
{
    private const string Header = "id,name,theme,unit,polarity,frequency,definition\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { Header + "CLA_COUNT," + new string('n', 201) + ",Care,count,neutral,monthly,\n", "B",
            "expected at most 200 characters; found 201, beginning \"" + new string('n', 80) + "... (201 characters)\"" },
        { Header + "CLA_COUNT,Children looked after," + new string('t', 201) + ",count,neutral,monthly,\n", "C",
            "expected at most 200 characters; found 201, beginning \"" + new string('t', 80) + "... (201 characters)\"" },
        { Header + "CLA_COUNT,Children looked after,Care,count,neutral,monthly," + new string('d', 20_000) + "\n", "G",
            "expected at most 2,000 characters; found 20,000, beginning \"" + new string('d', 80) + "... (20,000 characters)\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_TooLongText_RefusedAtItsCell(string csv, string column, string message)
    {
        var diagnostics = new UploadDiagnostics();

        var indicators = CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics);

        Assert.Empty(indicators);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, column), (error.Row, error.ColumnLetter));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_TextAtTheLimits_Accepted()
    {
        var diagnostics = new UploadDiagnostics();
        var csv = Header + "CLA_COUNT," + new string('n', 200) + "," + new string('t', 200) + ",count,neutral,monthly," + new string('d', 2_000) + "\n";

        var indicator = Assert.Single(CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics));

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal((200, 200, 2_000), (indicator.Name.Length, indicator.Theme.Length, indicator.Definition.Length));
    }
}
