using ScrutinyReports.Domain.Formatting;
namespace ScrutinyReports.Cli;

/// <summary>Files named on the command line: a missing one is reported the same way by every command.</summary>
internal static class InputFiles
{
    /// <summary>Says so on standard error and returns true when the file does not exist.</summary>
    public static bool IsMissing(CliConsole console, FileInfo file)
    {
        if (file.Exists)
        {
            return false;
        }

        console.Error($"{Echo.Plain(file.Name)}: file not found ({Echo.Plain(file.FullName)})");
        return true;
    }

    /// <summary>A seekable read-only stream of the file: the readers look at its first bytes and come back.</summary>
    public static FileStream OpenSeekable(FileInfo file) => new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
}
