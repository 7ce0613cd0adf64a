using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace ScrutinyReports.Functions.Tests;

/// <summary>What an HTTP function's result writes to the response, as the worker's ASP.NET Core integration executes it.</summary>
internal sealed record HttpReply(int StatusCode, string? ContentType, string? Location, byte[] Body, string? CacheControl = null)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>
/// Invokes an HTTP function with a request on the app's own container, and executes the <see cref="IActionResult"/> it
/// returns against that request, with the executors the app registers (ConfigureFunctionsWebApplication adds MVC's).
/// </summary>
internal static class HttpInvocation
{
    /// <param name="query">The query string, with its "?" (where the function key travels).</param>
    /// <param name="headers">Request headers, each name with one or more values.</param>
    public static async Task<HttpReply> GetAsync(IServiceProvider services, string path, string query, Func<HttpRequest, Task<IActionResult>> function,
        IEnumerable<(string Name, string Value)>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        foreach (var (name, value) in headers ?? [])
        {
            context.Request.Headers.Append(name, value);
        }

        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        using var body = new MemoryStream();
        context.Response.Body = body;

        var result = await function(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        var response = context.Response;
        return new HttpReply(response.StatusCode, response.ContentType, response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, body.ToArray(),
            response.Headers.CacheControl.ToString() is { Length: > 0 } cacheControl ? cacheControl : null);
    }
}
