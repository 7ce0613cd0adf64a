using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Ingestion.Uploads;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>A heading given twice leaves it unclear which column to read: every reader refuses it, naming both columns.</summary>
public sealed class RepeatedHeadingTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "upload: two value columns", "upload", "indicator,period,value,Value\nCLA_COUNT,2019-09,588,111\n", "columns C (\"value\") and D (\"Value\")" },
        { "upload: indicator and indicator id", "upload", "indicator,Indicator ID,period,value\nCLA_COUNT,CLA_RATE,2019-09,588\n", "columns A (\"indicator\") and B (\"Indicator ID\")" },
        { "upload: two commentary columns", "upload", "indicator,period,value,commentary,Commentary\nCLA_COUNT,2019-09,588,a,b\n", "columns D (\"commentary\") and E (\"Commentary\")" },
        { "wide upload: two indicator columns", "upload", "indicator,id,Sep-19\nCLA_COUNT,CLA_RATE,588\n", "columns A (\"indicator\") and B (\"id\")" },
        { "catalogue: two names", "catalogue", "id,name,unit,polarity,frequency,Name\nCLA_COUNT,Children looked after,count,neutral,monthly,Other\n", "columns B (\"name\") and F (\"Name\")" },
        { "comparator map: two files", "comparators", "indicator,file,value_column,File\nCLA_RATE,a.csv,rate,b.csv\n", "columns B (\"file\") and D (\"File\")" },
        { "subscribers: two email columns", "subscribers", "email,role,Email\nchair@council.example,member,x@council.example\n", "columns A (\"email\") and C (\"Email\")" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_RepeatedHeading_IsRefusedNamingBothColumns(string scenario, string reader, string csv, string columns)
    {
        var (count, diagnostics) = ReadWith(reader, csv);

        Assert.Equal(0, count);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(1, error.Row);
        Assert.Contains(columns, error.Message, StringComparison.Ordinal);
        Assert.Contains("expected each column once", error.Message, StringComparison.Ordinal);
        Assert.NotNull(scenario);
    }

    private static (int Count, UploadDiagnostics Diagnostics) ReadWith(string reader, string csv)
    {
        var diagnostics = new UploadDiagnostics();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var count = reader switch
        {
            "upload" => Read(Encoding.UTF8.GetBytes(csv), "f.csv") is var (observations, upload) ? Copy(upload, diagnostics, observations.Count) : 0,
            "catalogue" => CatalogueReader.Read(stream, "f.csv", diagnostics).Count,
            "comparators" => ComparatorMapReader.Read(stream, "f.csv", diagnostics).Count,
            _ => SubscriberListReader.Read(stream, "f.csv", diagnostics, ["cypf"], []).Count,
        };
        return (count, diagnostics);
    }

    private static int Copy(UploadDiagnostics from, UploadDiagnostics to, int count)
    {
        foreach (var error in from.Errors)
        {
            to.Add(error);
        }

        return count;
    }
}
