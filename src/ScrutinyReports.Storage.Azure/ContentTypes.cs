namespace ScrutinyReports.Storage.Azure;

/// <summary>The Content-Type a blob is stored with, so that a report's URL opens as a page or a PDF in a browser.</summary>
internal static class ContentTypes
{
    public static string Of(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => "application/json",
        ".HTML" => "text/html; charset=utf-8",
        ".PDF" => "application/pdf",
        ".CSV" => "text/csv",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
