using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>
/// Which rate indicators are worked out from which counts (CLA_RATE from CLA_COUNT), shipped as data beside the
/// built-in catalogue. Disclosure control suppresses each with the other; consistency checks compare them.
/// </summary>
public static class DerivedIndicators
{
    public const string FileName = "derived-indicators.csv";

    private static readonly Lazy<List<(string Rate, string Count)>> Loaded = new(Load);

    public static IReadOnlyList<(string Rate, string Count)> Pairs => Loaded.Value;

    private static List<(string Rate, string Count)> Load()
    {
        using var content = EmbeddedData.Copy(FileName);
        using var table = CsvTableReader.Open(content);
        var pairs = new List<(string Rate, string Count)>();
        table.Read();
        while (table.Read())
        {
            pairs.Add((table.GetCell(0).Text.Trim(), table.GetCell(1).Text.Trim()));
        }

        return pairs;
    }
}
