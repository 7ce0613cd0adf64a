using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>A catalogue that contradicts itself is refused with its rows, since reports would judge figures by it.</summary>
public sealed class CatalogueContradictionTests
{
    private const string Header = "id,name,unit,polarity,frequency,target\n";

    public static TheoryData<string, string, int, string?, string> Cases => new()
    {
        { "at least, lower is better", Header + "CLA_RATE,Children looked after per 10000,rate_per_10000,lower_is_better,monthly,>=80\n", 2, "F",
            "the target \">=80\" sets a lowest figure, but CLA_RATE is lower_is_better; expected <=N, a bare N or a range N-M" },
        { "at most, higher is better", Header + "CIN_SEEN_5D,Children seen,percent,higher_is_better,monthly,<=5\n", 2, "F",
            "the target \"<=5\" sets a highest figure, but CIN_SEEN_5D is higher_is_better; expected >=N, a bare N or a range N-M" },
        { "same name twice", Header + "A,Children looked after,count,neutral,monthly,\nB,children  looked after,count,neutral,monthly,\n", 3, "B",
            "the name \"children  looked after\" is also the name of A, in row 2; expected each indicator to have its own name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_Contradiction_IsRefusedWithItsRow(string scenario, string csv, int row, string? column, string message)
    {
        var diagnostics = new UploadDiagnostics();

        var indicators = CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics);

        Assert.Empty(indicators);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((row, column), (error.Row, error.ColumnLetter));
        Assert.Equal(message, error.Message);
        Assert.NotNull(scenario);
    }

    [Fact]
    public void Read_TargetsThatAgreeWithPolarity_AreAccepted()
    {
        var diagnostics = new UploadDiagnostics();
        var csv = Header + "A,First,percent,higher_is_better,monthly,>=80\nB,Second,days,lower_is_better,annual,<=426\nC,Third,score,neutral,annual,10-20\nD,Fourth,percent,lower_is_better,monthly,5-10\n";

        var indicators = CatalogueReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "catalogue.csv", diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(4, indicators.Count);
    }
}
