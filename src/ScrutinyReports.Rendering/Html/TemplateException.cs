using Scriban.Parsing;

namespace ScrutinyReports.Rendering.Html;

/// <summary>A template could not be parsed or rendered; the message names the template and, where known, the line and column.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner)
{
    // Scriban counts lines and columns from 0; an editor, and so the message, counts from 1.
    internal static string Located(SourceSpan span, string message) =>
        $"{span.FileName}: line {span.Start.Line + 1}, column {span.Start.Column + 1}: {message.Trim().TrimEnd('.')}";
}
