using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Functions.Members;

/// <summary>
/// The members' pages: GET api/members (the panels the person may read), api/members/{panel} (a panel's every
/// version and its files) and api/members/reports/{panel}/{period}/v{n}/{file} (one file). Anonymous at the
/// Functions level because App Service Authentication (Entra ID) stands in front and requires sign-in on these paths
/// (infra/modules/function-app-auth.bicep); the function still refuses a request without a principal (401) and every
/// request while platform authentication is off (503). The order of checks keeps a non-member from learning anything
/// below the panel: a panel they may not read is 403 whatever version or file they name.
/// </summary>
public sealed partial class MembersReports(
    MembersPages pages, PublishedReportFiles reports, MemberSignIn signIn, MemberAccess access, PipelineEvents events, TimeProvider clock, ILogger<MembersReports> logger)
{
    /// <summary>Where the members' pages are, under the Functions host's "api" route prefix.</summary>
    public const string Root = "/api/members";

    [Function("MembersIndex")]
    public async Task<IActionResult> Index(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "members")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SignedIn(request, out var refusal) is not { } member)
        {
            return refusal!;
        }

        var readable = (await pages.ListPanelsAsync(cancellationToken)).Where(panel => access.CanRead(panel, member)).ToList();
        return Page(request, StatusCodes.Status200OK, MembersPages.IndexPage(readable, Root, member.Name));
    }

    [Function("MembersPanel")]
    public async Task<IActionResult> Panel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "members/{panel}")] HttpRequest request,
        string panel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (reader, refusal) = await ReaderAsync(request, panel, cancellationToken);
        if (reader is null)
        {
            return refusal!;
        }

        var (member, found) = reader;
        if (found.Audience != Audience.Public)
        {
            events.MemberPanelRead(member.ObjectId, found.Id, clock.GetUtcNow());
        }

        return Page(request, StatusCodes.Status200OK, await pages.PanelPageAsync(found, Root, member.Name, cancellationToken));
    }

    [Function("MembersReport")]
    public async Task<IActionResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "members/reports/{panel}/{period}/{version}/{file}")] HttpRequest request,
        string panel,
        string period,
        string version,
        string file,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (reader, refusal) = await ReaderAsync(request, panel, cancellationToken);
        if (reader is null)
        {
            return refusal!;
        }

        var (member, found) = reader;
        // Only a recorded version's own file names reach the store: v{n}, a month code, and report.html/pdf/xlsx/json.
        if (!VersionName().IsMatch(version) || !PeriodCode().IsMatch(period) || PublishedReportFiles.ContentTypeOf(file) is not { } contentType
            || await reports.FindAsync(found.Id, period, version, cancellationToken) is not { } recorded
            || await reports.OpenAsync(recorded, file, cancellationToken) is not { } content)
        {
            return Page(request, StatusCodes.Status404NotFound, MembersPages.NotFoundPage(Root));
        }

        if (found.Audience != Audience.Public)
        {
            events.MemberReportRead(member.ObjectId, found.Id, recorded.Period, recorded.Version, file, clock.GetUtcNow());
        }

        Private(request);
        return new FileStreamResult(content, contentType);
    }

    private MemberIdentity? SignedIn(HttpRequest request, out IActionResult? refusal)
    {
        var (state, member) = signIn.Read(request);
        refusal = state switch
        {
            SignInState.SignedIn => null,
            SignInState.Anonymous => Page(request, StatusCodes.Status401Unauthorized, MembersPages.SignInPage(Root, request.Path + request.QueryString)),
            _ => Unavailable(request),
        };
        return member;
    }

    private ContentResult Unavailable(HttpRequest request)
    {
        logger.LogError("A members' page was asked for while App Service Authentication is off (WEBSITE_AUTH_ENABLED is not True): refused, since X-MS-CLIENT-PRINCIPAL cannot be trusted");
        return Page(request, StatusCodes.Status503ServiceUnavailable, MembersPages.UnavailablePage(Root));
    }

    // The signed-in person and the panel they may read, or the refusal: sign-in first (401/503), then the panel.
    private async Task<(PanelReader? Reader, IActionResult? Refusal)> ReaderAsync(HttpRequest request, string panelId, CancellationToken cancellationToken)
    {
        if (SignedIn(request, out var refusal) is not { } member)
        {
            return (null, refusal);
        }

        var (panel, denied) = await AuthorizeAsync(request, member, panelId, cancellationToken);
        return panel is null ? (null, denied) : (new PanelReader(member, panel), null);
    }

    private sealed record PanelReader(MemberIdentity Member, Panel Panel);

    // The panel if the person may read it; otherwise 404 for a panel that is not configured, 403 (logged) for one
    // that is but not for them, decided before any version or file is looked at.
    private async Task<(Panel? Panel, IActionResult? Refusal)> AuthorizeAsync(HttpRequest request, MemberIdentity member, string panelId, CancellationToken cancellationToken)
    {
        var panel = PanelId().IsMatch(panelId) ? await pages.FindPanelAsync(panelId, cancellationToken) : null;
        if (panel is null)
        {
            return (null, Page(request, StatusCodes.Status404NotFound, MembersPages.NotFoundPage(Root)));
        }

        if (access.CanRead(panel, member))
        {
            return (panel, null);
        }

        events.MemberAccessRefused(member.ObjectId, panel.Id, request.Path, clock.GetUtcNow());
        return (null, Page(request, StatusCodes.Status403Forbidden, MembersPages.ForbiddenPage(panel, Root, member.Name, member.GroupsOverflow)));
    }

    private static ContentResult Page(HttpRequest request, int status, byte[] html)
    {
        Private(request);
        return new ContentResult { StatusCode = status, ContentType = "text/html; charset=utf-8", Content = System.Text.Encoding.UTF8.GetString(html) };
    }

    // Members' pages and files are for the signed-in person: never kept by shared caches, never sniffed as another type.
    private static void Private(HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "private, no-store";
        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex PanelId();

    [GeneratedRegex("^v[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionName();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCode();
}
