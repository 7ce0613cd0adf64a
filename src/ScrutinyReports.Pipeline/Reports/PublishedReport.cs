using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Reports;

/// <summary>A published report version and where its files are. <see cref="IsNewVersion"/> is false when the inputs had not changed.</summary>
public sealed record PublishedReport(ScrutinyReport Report, ReportVersion Version, bool IsNewVersion, string JsonPath, string HtmlPath, string PdfPath, string XlsxPath);
