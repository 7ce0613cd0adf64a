namespace ScrutinyReports.Rendering.Html;

/// <summary>A template could not be parsed or rendered; the message names the template and, where known, the line and column.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
