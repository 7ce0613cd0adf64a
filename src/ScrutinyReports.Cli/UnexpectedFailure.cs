namespace ScrutinyReports.Cli;

/// <summary>One line, in words, for a failure no command expected: what kind of failure it was, never a .NET type name.</summary>
internal static class UnexpectedFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = exception switch
        {
            IOException => "a file or folder could not be read or written",
            UnauthorizedAccessException => "permission was refused to a file or folder",
            HttpRequestException => "a service could not be reached",
            OutOfMemoryException => "the machine ran out of memory",
            _ => "an unexpected internal error",
        };
        return $"the command stopped: {kind} ({Flatten(exception.Message)}).";
    }

    // The message may come from a library and hold a file's text: one line, control characters shown as escapes, at most 300 characters.
    private static string Flatten(string message)
    {
        var text = string.Concat(message.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "...");
    }
}
