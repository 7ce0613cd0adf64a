using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>
/// The catalogue ScrutinyReports ships: real children's services indicators with their units, polarity and
/// statutory or standard targets. Kept as a CSV in the catalogue import format, so councils can start from it.
/// </summary>
public static class BuiltInCatalogue
{
    public const string FileName = "builtin-catalogue.csv";

    private static readonly Lazy<IndicatorCatalogue> Loaded = new(Load);

    public static IndicatorCatalogue Indicators => Loaded.Value;

    public static Stream OpenCsv() => EmbeddedData.Copy(FileName);

    private static IndicatorCatalogue Load()
    {
        var diagnostics = new UploadDiagnostics();
        using var csv = OpenCsv();
        var indicators = CatalogueReader.Read(csv, FileName, diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("The built-in catalogue is invalid: " + string.Join("; ", diagnostics.Lines()))
            : new IndicatorCatalogue(indicators);
    }
}
