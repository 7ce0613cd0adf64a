using ScrutinyReports.Domain.Formatting;

namespace ScrutinyReports.Cli;

/// <summary>One line, in words, for a failure no command expected: what kind of failure it was, never a .NET type name.</summary>
internal static class UnexpectedFailure
{
    private const int MessageLength = 300;

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
        // The message may come from a library and hold a file's text: one line, escaped as every value from a file is.
        return $"the command stopped: {kind} ({Echo.Plain(exception.Message, MessageLength)}).";
    }
}
