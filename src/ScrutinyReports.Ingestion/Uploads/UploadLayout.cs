using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Where an upload's header row is and what its columns mean. Long format has one row per figure (indicator,
/// period, value and optional columns); wide format has an indicator column and one column per period.
/// </summary>
public sealed class UploadLayout
{
    internal static readonly string[] IndicatorHeadings = ["indicator", "indicator_id", "indicator_code", "id"];

    /// <summary>Columns a wide sheet may carry beside its periods; they describe the indicator and are not read.</summary>
    internal static readonly HashSet<string> DescriptiveHeadings = new(StringComparer.Ordinal)
    {
        "name", "indicator_name", "description", "definition", "measure", "theme", "unit", "polarity", "frequency",
        "target", "tolerance", "notes", "note", "comments", "rag", "good_direction", "higher_is_better", "lower_is_better",
    };

    private UploadLayout(int headerRow, bool isWide, IReadOnlyDictionary<string, UploadColumn> named, IReadOnlyList<UploadColumn> periods)
    {
        HeaderRow = headerRow;
        IsWide = isWide;
        Named = named;
        PeriodColumns = periods;
    }

    public int HeaderRow { get; }

    public bool IsWide { get; }

    /// <summary>Long format: columns by their normalised heading (indicator, period, value, numerator...). Wide: the indicator column.</summary>
    public IReadOnlyDictionary<string, UploadColumn> Named { get; }

    /// <summary>Wide format: the columns headed by a period, in sheet order.</summary>
    public IReadOnlyList<UploadColumn> PeriodColumns { get; }

    public UploadColumn? Column(string key) => Named.GetValueOrDefault(key);

    internal static UploadLayout Long(int headerRow, Dictionary<string, UploadColumn> named) => new(headerRow, false, named, []);

    internal static UploadLayout Wide(int headerRow, UploadColumn indicator, IReadOnlyList<UploadColumn> periods) =>
        new(headerRow, true, new Dictionary<string, UploadColumn> { ["indicator"] = indicator }, periods);

    /// <summary>True when a heading names a period of any frequency, or is a date cell.</summary>
    internal static bool LooksLikePeriod(CellValue heading) =>
        heading.Date is not null ||
        Enum.GetValues<Frequency>().Any(frequency => ReportingPeriodPattern.Parse(heading.Text, frequency).Success);
}
