using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ScrutinyReports.Rendering.Html;

/// <summary>A template's output that stops the render, at the statement writing, once it passes <see cref="TemplateLimits.OutputCharacters"/>.</summary>
internal sealed class CappedOutput(TemplateContext context, int limit) : IScriptOutput
{
    private readonly StringBuilder text = new();

    public void Write(string text, int offset, int count)
    {
        if (this.text.Length + count > limit)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"the output passed {limit:N0} characters, the most a template may write");
        }

        this.text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => text.ToString();
}
