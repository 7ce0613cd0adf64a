namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// Markup the application builds itself (a chart's SVG, a section rendered from another template), which a template
/// writes as it is. Every other value a template writes is HTML-encoded, so text from uploads never becomes markup.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static TrustedHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
