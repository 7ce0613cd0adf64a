using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Functions;

/// <summary>GET api/reports/{panel}: every published version of a panel's reports, oldest month first; 404 for a panel the store does not know.</summary>
public sealed class ListReports(PublishedReportFiles reports)
{
    [Function(nameof(ListReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{panel}")] HttpRequest request,
        string panel,
        CancellationToken cancellationToken) =>
        await reports.IsKnownPanelAsync(panel, cancellationToken)
            ? new OkObjectResult(await reports.ListAsync(panel, cancellationToken))
            : new NotFoundResult();
}
