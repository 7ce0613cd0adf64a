using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Uploads;

/// <summary>Each validation error, with the row, column letter and heading a spreadsheet user would look for.</summary>
public class ValidationErrorTests
{
    private const string Header = "indicator,period,value,numerator,denominator,status\n";

    public static TheoryData<string, string, int?, string?, string> Cases => new()
    {
        { "unknown indicator", Header + "CIN_SEEN5D,2019-09,77.5,,,\n", 2, "A", "unknown indicator \"CIN_SEEN5D\"; expected an indicator id from the catalogue (did you mean CIN_SEEN_5D?)" },
        { "value not a number", Header + "CLA_COUNT,2019-09,lots,,,\n", 2, "C", "expected a number such as 71.5" },
        { "fused footnote digits", Header + "CLA_COUNT,2019-09,\"58,1673\",,,\n", 2, "C", "the thousands separator is misplaced" },
        { "percent above 100", Header + "CIN_SEEN_5D,2019-09,101,,,\n", 2, "C", "expected a percentage between 0 and 100 for CIN_SEEN_5D; found 101" },
        { "percent below 0", Header + "CIN_SEEN_5D,2019-09,-1,,,\n", 2, "C", "expected a percentage between 0 and 100" },
        { "negative count", Header + "CLA_COUNT,2019-09,-5,,,\n", 2, "C", "expected a figure of zero or more for CLA_COUNT (count); found -5" },
        { "negative rate", Header + "CLA_RATE,2019-09,-5,,,\n", 2, "C", "expected a figure of zero or more for CLA_RATE (rate_per_10000)" },
        { "negative duration", Header + "A1_DAYS,2019/20,-5,,,\n", 2, "C", "expected a figure of zero or more for A1_DAYS (days)" },
        { "percent sign on a count", Header + "CLA_COUNT,2019-09,71%,,,\n", 2, "C", "\"71%\" is a percentage but CLA_COUNT is measured in count" },
        { "numerator greater than denominator", Header + "CIN_SEEN_5D,2019-09,77.5,410,400,\n", 2, "D", "the numerator (410) is greater than the denominator (400)" },
        { "value inconsistent with its fraction", Header + "CIN_SEEN_5D,2019-09,70.5,310,400,\n", 2, "C", "the value 70.5 does not match numerator / denominator (310 / 400 gives 77.50)" },
        { "rate inconsistent with count and population", Header + "CLA_RATE,2019-09,489,2017,58167,\n", 2, "C", "does not match numerator / denominator (2017 / 58167 gives 346.76)" },
        { "unreadable period", Header + "CLA_COUNT,Sept '19x,588,,,\n", 2, "B", "unreadable period \"Sept '19x\" for CLA_COUNT (monthly); expected a month such as" },
        { "period that does not fit the frequency", Header + "A1_DAYS,2019-09,457,,,\n", 2, "B", "does not fit an annual indicator" },
        { "bad status", Header + "CLA_COUNT,2019-09,588,,,final-ish\n", 2, "F", "expected a status of validated or provisional" },
        { "duplicate", Header + "CLA_COUNT,2019-09,588,,,\nCLA_COUNT,Sep-19,590,,,\n", 3, null, "CLA_COUNT for 2019-09 appears twice in this file, first in row 2" },
        { "missing value column", "indicator,period,numerator\nCLA_COUNT,2019-09,1\n", 1, null, "missing required column \"value\"" },
        { "missing period column", "indicator,value\nCLA_COUNT,588\n", 1, null, "missing required column \"period\"" },
        { "no header at all", "a,b,c\n1,2,3\n", null, null, "no header row found in the first 50 rows" },
        { "empty file", "", null, null, "the file is empty" },
        { "header but no rows", Header, 1, null, "the header row is followed by no figures" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_NamesRowColumnAndWhatWasExpected(string scenario, string csv, int? row, string? column, string message)
    {
        var (_, diagnostics) = ReadCsv(csv, "scorecard.csv");

        Assert.True(diagnostics.HasErrors, scenario);
        var error = diagnostics.Errors[0];
        Assert.Equal("scorecard.csv", error.FileName);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.ColumnLetter);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ReadsAsOneLocatedLine()
    {
        var (_, diagnostics) = ReadCsv(Header + "CLA_COUNT,2019-09,lots,,,\n", "scorecard.csv");

        Assert.StartsWith("scorecard.csv, row 2, column C (\"value\"): expected a number", diagnostics.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyErrors_KeepsTheFirstTwoHundredAndCountsTheRest()
    {
        var csv = Header + string.Concat(Enumerable.Range(0, 250).Select(i => $"CLA_COUNT,2019-09,bad{i},,,\n"));

        var (_, diagnostics) = ReadCsv(csv);

        Assert.Equal(250, diagnostics.ErrorCount);
        Assert.Equal(200, diagnostics.Errors.Count);
        Assert.Equal("... and 50 more errors like these", diagnostics.Lines().Last());
    }

    [Fact]
    public void Read_OldExcelFormat_IsRejectedWithAHint()
    {
        var (_, diagnostics) = Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "scorecard.xls");

        Assert.Contains(".xls", Assert.Single(diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithAnError_YieldsNoObservationForThatRow()
    {
        var (observations, diagnostics) = ReadCsv(Header + "CLA_COUNT,2019-09,588,,,\nCLA_COUNT,2019-10,bad,,,\n");

        Assert.Equal(1, diagnostics.ErrorCount);
        Assert.Equal("2019-09", Assert.Single(observations).Period.Code);
    }
}
