namespace ScrutinyReports.Cli;

/// <summary>The exit codes every command uses, in one place.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A file was rejected, or a report could not be made.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;
}
