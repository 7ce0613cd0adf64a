using System.Collections.Concurrent;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

/// <summary>
/// The real published DfE files in the repository's data/dfe (read, never edited), and the project's comparator map.
/// The repository root is the folder holding ScrutinyReports.sln above the test binaries.
/// </summary>
internal static class DfeData
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly ConcurrentDictionary<string, Lazy<List<PublishedFigure>>> FiguresRead = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(Root.Value, "data", "dfe");

    public static string MapPath => Path.Combine(Root.Value, "src", "ScrutinyReports.Pipeline", "Catalogue", "dfe-comparator-map.csv");

    public static string CataloguePath => Path.Combine(Root.Value, "src", "ScrutinyReports.Pipeline", "Catalogue", "builtin-catalogue.csv");

    public static FileStream Open(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path)
            ? File.OpenRead(path)
            : throw new FileNotFoundException($"The published DfE file {path} is missing; the tests read the real files in data/dfe.", path);
    }

    public static IReadOnlyList<ComparatorMapEntry> Map()
    {
        using var stream = File.OpenRead(MapPath);
        var diagnostics = new UploadDiagnostics();
        var entries = ComparatorMapReader.Read(stream, Path.GetFileName(MapPath), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join(Environment.NewLine, diagnostics.Lines()));
        return entries;
    }

    public static ComparatorMapEntry Entry(string indicatorId) => Map().Single(e => e.IndicatorId == indicatorId);

    /// <summary>Every figure the map gives for an indicator, read from the real files once per test run.</summary>
    public static IReadOnlyList<PublishedFigure> Figures(string indicatorId) =>
        FiguresRead.GetOrAdd(indicatorId, id => new Lazy<List<PublishedFigure>>(() => ReadFigures(id))).Value;

    private static List<PublishedFigure> ReadFigures(string indicatorId)
    {
        var entry = Entry(indicatorId);
        using var file = Open(entry.File);
        if (entry.Denominator is { } denominator)
        {
            using var population = Open(denominator.File);
            return [.. PublishedComparatorReader.Read(entry, file, population)];
        }

        return [.. PublishedComparatorReader.Read(entry, file)];
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScrutinyReports.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds ScrutinyReports.sln; run the tests from inside the repository.");
    }
}
