using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Functions;

/// <summary>
/// GET api/reports/{panel}/{period}/{version}/{file}: one file (report.json, report.html, report.pdf or report.xlsx) of a
/// published version, such as cypf/2019-09/v2/report.pdf. The version "latest" redirects (302) to the newest
/// version's own address, keeping the query string and so the function key.
/// </summary>
public sealed class GetReport(PublishedReportFiles reports)
{
    [Function(nameof(GetReport))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{panel}/{period}/{version}/{file}")] HttpRequest request,
        string panel,
        string period,
        string version,
        string file,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PublishedReportFiles.ContentTypeOf(file) is not { } contentType || await reports.FindAsync(panel, period, version, cancellationToken) is not { } found)
        {
            return new NotFoundResult();
        }

        if (PublishedReportFiles.IsLatest(version))
        {
            return new RedirectResult($"../v{found.Version}/{file}{request.QueryString}");
        }

        return await reports.OpenAsync(found, file, cancellationToken) is { } content ? new FileStreamResult(content, contentType) : new NotFoundResult();
    }
}
