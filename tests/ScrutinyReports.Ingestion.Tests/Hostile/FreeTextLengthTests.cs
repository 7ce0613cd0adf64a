using ScrutinyReports.Ingestion.Uploads;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>Commentary and the other free text an upload carries are capped, so one cell cannot fill a report or a receipt.</summary>
public sealed class FreeTextLengthTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "commentary", "indicator,period,value,commentary\nCLA_COUNT,2019-09,588,\"" + new string('x', 2_001) + "\"\n", "D",
            "expected commentary of at most 2,000 characters; found 2,001, beginning \"" + new string('x', 80) + "... (2,001 characters)\"" },
        { "breakdown", "indicator,period,value,breakdown\nCLA_COUNT,2019-09,588," + new string('w', 201) + "\n", "D",
            "expected a breakdown of at most 200 characters; found 201, beginning \"" + new string('w', 80) + "... (201 characters)\"" },
        { "comparator", "indicator,period,value,comparator\nCLA_COUNT,2019-09,588," + new string('e', 201) + "\n", "D",
            "expected a comparator's name of at most 200 characters; found 201, beginning \"" + new string('e', 80) + "... (201 characters)\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_TooLongText_IsALocatedError(string column, string csv, string letter, string message)
    {
        var (observations, diagnostics) = ReadCsv(csv, "scorecard.csv");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, letter, column), (error.Row, error.ColumnLetter, error.Header));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_CommentaryAtTheLimit_IsStored()
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,value,commentary\nCLA_COUNT,2019-09,588,\"" + new string('x', 2_000) + "\"\n", "scorecard.csv");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(2_000, Assert.Single(observations).Commentary!.Length);
    }
}
