using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>
/// Indicator ids become anchors, file names and table keys, so the catalogue takes only letters, digits, underscores
/// and hyphens, and an upload naming an id the catalogue lacks is answered with the id quoted and escaped.
/// </summary>
public sealed class IndicatorIdTests
{
    private const string Header = "id,name,unit,polarity,frequency\n";
    private const string Allowed = "expected an indicator id of letters, digits, underscores (_) and hyphens (-), at most 40 characters, such as CIN_SEEN_5D; found ";

    public static TheoryData<string, string, string> Refused => new()
    {
        { "markup", "INJ\"><script>alert(1)</script>", Allowed + "\"INJ\\\"><script>alert(1)</script>\"" },
        { "space", "CLA COUNT", Allowed + "\"CLA COUNT\"" },
        { "dot and slash", "../etc/passwd", Allowed + "\"../etc/passwd\"" },
        { "ampersand", "A&B", Allowed + "\"A&B\"" },
        { "non-ASCII letter", "CLÄ", Allowed + "\"CLÄ\"" },
        { "41 characters", new string('A', 41), Allowed + "\"" + new string('A', 41) + "\"" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Read_UnsafeId_IsRefusedAtItsCell(string scenario, string id, string message)
    {
        var diagnostics = new UploadDiagnostics();
        var csv = Header + "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",Injected,count,neutral,monthly\n";

        var indicators = CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics);

        Assert.Empty(indicators);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "A", "id"), (error.Row, error.ColumnLetter, error.Header));
        Assert.Equal(message, error.Message);
        Assert.NotNull(scenario);
    }

    [Fact]
    public void Read_LettersDigitsUnderscoresHyphensUpTo40_AreAccepted()
    {
        var diagnostics = new UploadDiagnostics();
        var csv = Header + "cin-seen_5d,One,count,neutral,monthly\n" + new string('Z', 40) + ",Two,count,neutral,monthly\n";

        var indicators = CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(2, indicators.Count);
    }

    [Fact]
    public void Read_UploadNamingMarkupIndicator_QuotesItEscaped()
    {
        var (_, diagnostics) = ReadCsv("indicator,period,value\n\"INJ\"\"><script>\u001b[2J\",2019-09,5\n", "scorecard.csv");

        var error = Assert.Single(diagnostics.Errors);
        Assert.StartsWith("unknown indicator \"INJ\\\"><script>\\u001b[2J\"; expected an indicator id from the catalogue", error.Message, StringComparison.Ordinal);
    }
}
