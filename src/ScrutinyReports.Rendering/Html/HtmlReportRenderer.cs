using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Renders report.html, one self-contained file (inline CSS and SVG, no external fetches), from a
/// <see cref="TemplateSet"/>. Each template renders in a <see cref="SandboxedTemplateContext"/>: it sees only the
/// report's view types, cannot read files, and every value is HTML-encoded, so officer text such as a script tag
/// appears as text. Thread-safe.
/// </summary>
/// <param name="timeLimit">The longest one template may run; <see cref="TemplateLimits.Time"/> unless a test says otherwise.</param>
public sealed class HtmlReportRenderer(TimeSpan? timeLimit = null)
{
    private readonly TimeSpan timeLimit = timeLimit ?? TemplateLimits.Time;

    public async Task RenderAsync(ScrutinyReport report, Stream output, TemplateSet? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        templates ??= TemplateSet.Defaults;
        var pack = new PanelPackView(report);
        var performance = new StringBuilder(Render(templates, "summary", pack, cancellationToken));
        foreach (var theme in pack.Themes)
        {
            performance.Append(Render(templates, "theme", pack, cancellationToken, ("theme", theme)));
        }

        performance.Append(Render(templates, "breakdowns", pack, cancellationToken));
        performance.Append(Render(templates, "exceptions", pack, cancellationToken));
        var page = Render(templates, "report", pack, cancellationToken,
            ("cover", new TrustedHtml(Render(templates, "cover", pack, cancellationToken))),
            ("performance", new TrustedHtml(performance.ToString())),
            ("questions", new TrustedHtml(Render(templates, "questions", pack, cancellationToken))),
            ("followup", new TrustedHtml(Render(templates, "followup", pack, cancellationToken))),
            ("glossary", new TrustedHtml(Render(templates, "glossary", pack, cancellationToken))));
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        // The page is written around the fonts' style rather than copied with it: the full pack's page is megabytes.
        var fonts = EmbeddedFonts.For(page);
        var head = fonts?.At ?? page.Length;
        await writer.WriteAsync(page.AsMemory(0, head), cancellationToken);
        await writer.WriteAsync((fonts?.Style ?? string.Empty).AsMemory(), cancellationToken);
        await writer.WriteAsync(page.AsMemory(head), cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    private string Render(TemplateSet templates, string template, PanelPackView pack, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        var name = template + TemplateSet.Extension;
        var globals = new ScriptObject { { "pack", pack } };
        foreach (var (key, value) in values)
        {
            globals.Add(key, value);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeLimit);
        var context = new SandboxedTemplateContext(globals, new TemplateIncludes(templates.Sources), deadline.Token);
        try
        {
            // Render returns the context's output as text (CappedOutput.ToString), the one copy made of it.
            return templates[name].Render(context);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptAbortException ex)
        {
            throw new TemplateException(TemplateException.Located(ex.Span, $"stopped after {timeLimit.TotalSeconds:0.###} s, the longest a template may run"), ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(TemplateException.Located(ex.Span, ex.OriginalMessage), ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else a template provokes at run time is still reported against it.
            throw new TemplateException($"templates/{name}: {ex.Message}", ex);
        }
    }
}
