namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// How a reader recognises the worksheet that holds its table when a workbook has more than one visible sheet.
/// <see cref="Description"/> completes "none of the visible sheets has ..." ("the headings of an upload: ...");
/// <see cref="Fits"/> reads a sheet's first rows and says whether its headings are the expected ones, even if
/// they have mistakes of their own (which are then reported against that sheet).
/// </summary>
public sealed record SheetLayout(string Description, Func<ITableReader, bool> Fits);
