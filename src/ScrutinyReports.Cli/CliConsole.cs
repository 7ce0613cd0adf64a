namespace ScrutinyReports.Cli;

/// <summary>
/// Where commands write: results a script may read (paths, one per line) on standard output; progress and errors
/// for people on standard error, one line each.
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public void Result(string line) => output.WriteLine(line);

    public void Info(string line) => error.WriteLine(line);

    public void Error(string message) => error.WriteLine("error: " + message);
}
