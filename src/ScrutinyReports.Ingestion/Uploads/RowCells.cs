using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>The cells of one figure, with the columns they came from (null where the file has no such column).</summary>
internal readonly record struct RowCells(
    UploadColumn? ValueColumn,
    CellValue Value,
    UploadColumn? NumeratorColumn = null,
    CellValue Numerator = default,
    UploadColumn? DenominatorColumn = null,
    CellValue Denominator = default,
    UploadColumn? StatusColumn = null,
    CellValue Status = default,
    string? Commentary = null);
