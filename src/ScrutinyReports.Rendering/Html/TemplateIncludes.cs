using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ScrutinyReports.Rendering.Html;

/// <summary>What <c>include</c> can reach: the report's own templates by name, nothing on disk or elsewhere.</summary>
internal sealed class TemplateIncludes(IReadOnlyDictionary<string, string> sources) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        sources.ContainsKey(templateName)
            ? templateName
            : throw new ScriptRuntimeException(callerSpan, $"include can name only the report's templates ({string.Join(", ", TemplateSet.Names)}), not {Domain.Formatting.Echo.Quote(templateName)}");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => sources[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(sources[templatePath]);
}
