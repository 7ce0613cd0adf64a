using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>A stand-in for a Teams webhook on 127.0.0.1: records each request and answers with a chosen status.</summary>
internal sealed class WebhookListener : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public WebhookListener(HttpStatusCode status, string answer = "1")
    {
        Url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{MaildevServer.FreePort()}/hook/"));
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        serving = ServeAsync(status, answer);
    }

    public Uri Url { get; }

    public List<(string Method, string? ContentType, string Body)> Requests { get; } = [];

    public void Dispose()
    {
        listener.Close();
        _ = serving.Exception;
    }

    private async Task ServeAsync(HttpStatusCode status, string answer)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (Requests)
                {
                    Requests.Add((context.Request.HttpMethod, context.Request.ContentType, body));
                }
            }

            context.Response.StatusCode = (int)status;
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
