using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// The context every template renders in, shipped or a council's override: it sees only the values handed in
/// (view types, through <see cref="ViewMembers"/>), a misspelt name is an error rather than an empty string,
/// loops, recursion, output and time are capped (<see cref="TemplateLimits"/>), <c>include</c> reaches only the
/// report's own templates, and every value written is HTML-encoded except <see cref="TrustedHtml"/>.
/// One context per render; not thread-safe.
/// </summary>
internal sealed class SandboxedTemplateContext : TemplateContext
{
    // Encodes markup characters (<, >, &, quotes) but leaves letters such as "≥" or "é" readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public SandboxedTemplateContext(ScriptObject values, ITemplateLoader templates, CancellationToken cancellationToken)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberFilter = ViewMembers.IsVisible;
        LoopLimit = TemplateLimits.LoopIterations;
        RecursiveLimit = TemplateLimits.Recursion;
        LimitToString = 0;
        TemplateLoader = templates;
        CancellationToken = cancellationToken;
        PushOutput(new CappedOutput(this, TemplateLimits.OutputCharacters));
        values.SetValue("include", new TrustedInclude((IScriptCustomFunction)BuiltinObject["include"]!), readOnly: true);
        PushGlobal(values);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml markup => base.Write(span, markup.Html),
        _ when ViewMembers.IsWritable(textAsObject) => base.Write(span, Encoder.Encode(ObjectToString(textAsObject) ?? string.Empty)),
        _ => throw new ScriptRuntimeException(span, "a template can write text and numbers, not a whole object: write one of its fields"),
    };
}
