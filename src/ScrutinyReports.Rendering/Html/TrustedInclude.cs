using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// Scriban's <c>include</c>, whose result is markup rendered by one of the report's own templates (each encoding its
/// values as it wrote them), so it is written as it is and not encoded a second time.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trusted(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trusted(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static TrustedHtml? Trusted(object? rendered) => rendered is null ? null : new TrustedHtml(rendered.ToString() ?? string.Empty);
}
