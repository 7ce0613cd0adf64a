using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Renders report.html, one self-contained file (inline CSS and SVG, no external fetches), from a
/// <see cref="TemplateSet"/>. Options are shared; each render gets its own context. Templates are sandboxed:
/// they see only the report's view types, cannot read files, and every value is HTML-encoded, so officer text
/// such as a script tag appears as text. Thread-safe.
/// </summary>
public sealed class HtmlReportRenderer
{
    private readonly TemplateOptions options;

    public HtmlReportRenderer(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = clock.GetUtcNow,
            MaxSteps = 50_000_000,
            MaxRecursion = 20,
            FileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
            StrictVariables = true,
        };
        foreach (var type in new[]
                 {
                     typeof(PanelPackView), typeof(SectionView), typeof(CoverLine), typeof(EmployeeView), typeof(CountView), typeof(HighlightView),
                     typeof(GlossaryEntry), typeof(ThemeView), typeof(IndicatorRowView), typeof(FigureView), typeof(OffTargetView), typeof(ExceptionView),
                 })
        {
            options.MemberAccessStrategy.Register(type);
        }
    }

    public async Task RenderAsync(ScrutinyReport report, Stream output, TemplateSet? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        templates ??= TemplateSet.Defaults;
        var pack = new PanelPackView(report);
        var performance = new StringBuilder(await RenderAsync(templates, "summary.liquid", pack));
        foreach (var theme in pack.Themes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            performance.Append(await RenderAsync(templates, "theme.liquid", pack, ("theme", theme)));
        }

        performance.Append(await RenderAsync(templates, "exceptions.liquid", pack));
        var page = await RenderAsync(templates, "report.liquid", pack,
            ("cover", await RenderAsync(templates, "cover.liquid", pack)),
            ("performance", performance.ToString()),
            ("questions", await RenderAsync(templates, "questions.liquid", pack)),
            ("glossary", await RenderAsync(templates, "glossary.liquid", pack)));
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(page.AsMemory(), cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    private async Task<string> RenderAsync(TemplateSet templates, string name, PanelPackView pack, params (string Name, object Value)[] values)
    {
        var context = new TemplateContext(options);
        context.SetValue("pack", pack);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        try
        {
            return await templates[name].RenderAsync(context, HtmlEncoder.Default);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever a template does wrong at run time (an unknown variable, a step limit) is reported against it.
            throw new TemplateException($"templates/{name}: {ex.Message}", ex);
        }
    }
}
