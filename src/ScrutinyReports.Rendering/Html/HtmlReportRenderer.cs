using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using Fluid;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Renders report.html from the Liquid template shipped in this assembly. One parser and one set of options are
/// shared; each render gets its own context. Every value is HTML-encoded, so officer text such as a script tag
/// appears as text. Thread-safe.
/// </summary>
public sealed class HtmlReportRenderer
{
    private const string TemplateName = "report.liquid";
    private readonly IFluidTemplate template;
    private readonly TemplateOptions options;

    public HtmlReportRenderer(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = clock.GetUtcNow,
            MaxSteps = 10_000_000,
            MaxRecursion = 20,
        };
        options.MemberAccessStrategy.Register<ReportView>();
        options.MemberAccessStrategy.Register<ThemeView>();
        options.MemberAccessStrategy.Register<IndicatorRowView>();
        template = Parse(TemplateName, ReadEmbedded(TemplateName));
    }

    public async Task RenderAsync(ScrutinyReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var context = new TemplateContext(options);
        context.SetValue("report", new ReportView(report));
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await template.RenderAsync(writer, context, HtmlEncoder.Default);
        await writer.FlushAsync(cancellationToken);
    }

    private static IFluidTemplate Parse(string name, string source)
    {
        var parser = new FluidParser();
        return parser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new TemplateException($"template {name} has an error: {error}");
    }

    private static string ReadEmbedded(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"ScrutinyReports.Rendering.Templates.{name}")
            ?? throw new InvalidOperationException($"The default template {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
