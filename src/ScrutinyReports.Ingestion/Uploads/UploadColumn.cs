using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>A column of an upload: where it is, and its heading as the spreadsheet shows it.</summary>
public sealed record UploadColumn(int Index, CellValue Heading)
{
    public string HeadingText => Heading.Text.Trim();
}
