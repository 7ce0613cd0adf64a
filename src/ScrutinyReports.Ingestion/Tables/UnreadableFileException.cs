namespace ScrutinyReports.Ingestion.Tables;

/// <summary>The file is not a readable CSV or workbook (corrupt, encrypted, or another format with the wrong name).</summary>
public sealed class UnreadableFileException(string message, Exception? inner = null) : Exception(message, inner);
