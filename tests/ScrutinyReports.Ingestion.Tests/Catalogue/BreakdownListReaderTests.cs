using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests.Catalogue;

public class BreakdownListReaderTests
{
    [Fact]
    public void Read_RowsByDimension_MakeEachDimensionsListInFileOrder()
    {
        var (dimensions, diagnostics) = Read("Dimension,Category,Optional\nteam,North,\nlocality,East,\nTeam,South,no\nteam,Duty and assessment,\nsex,Male,\nsex,Female,\nsex,Not stated,yes\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(["team", "locality", "sex"], dimensions.Select(d => d.Name));
        Assert.Equal(["North", "South", "Duty and assessment"], dimensions[0].Categories.Select(c => c.Name));
        Assert.Equal([false, false, true], dimensions[2].Categories.Select(c => c.Optional));
    }

    public static TheoryData<string, int, string, string> Errors => new()
    {
        { "local area,East,", 2, "A", "expected a dimension name of letters, digits and underscores starting with a letter" },
        { "team,,", 2, "B", "expected a category name without =; found a blank" },
        { "team,a=b,", 2, "B", "expected a category name without =; found \"a=b\"" },
        { "team,North,maybe", 2, "C", "expected yes (a complete set may leave this category out), no, or blank for no; found \"maybe\"" },
        { "team,North,\nteam,NORTH,", 3, "B", "team \"NORTH\" is listed twice, first in row 2 (\"North\"); expected each category once (any case)" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Read_BadRow_IsAnErrorAtItsRowAndColumn_AndNothingIsDeclared(string rows, int row, string column, string message)
    {
        var (dimensions, diagnostics) = Read("dimension,category,optional\n" + rows + "\nward,Park,\n");

        Assert.Empty(dimensions);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(("breakdowns.csv", row, column), (error.FileName, error.Row, error.ColumnLetter));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBreakdownList_TellsABreakdownListFromACatalogue()
    {
        using var list = new MemoryStream(Encoding.UTF8.GetBytes("dimension,category\nteam,North\n"));
        using var catalogue = new MemoryStream(Encoding.UTF8.GetBytes("id,name,unit,polarity,frequency\nX,X,count,neutral,monthly\n"));

        Assert.True(BreakdownListReader.IsBreakdownList(list, "breakdowns.csv"));
        Assert.Equal(0, list.Position);
        Assert.False(BreakdownListReader.IsBreakdownList(catalogue, "catalogue.csv"));
    }

    private static (List<Domain.Breakdowns.BreakdownDimension> Dimensions, UploadDiagnostics Diagnostics) Read(string csv)
    {
        var diagnostics = new UploadDiagnostics();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return (BreakdownListReader.Read(stream, "breakdowns.csv", diagnostics).ToList(), diagnostics);
    }
}
