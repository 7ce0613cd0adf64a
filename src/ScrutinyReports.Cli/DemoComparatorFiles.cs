using System.Reflection;

namespace ScrutinyReports.Cli;

/// <summary>
/// The published DfE files shipped inside the CLI (data/dfe, Open Government Licence v3.0), by their published file
/// names, for the demo's borrowed comparators. Each is opened on demand as a seekable copy, as the readers need.
/// </summary>
public static class DemoComparatorFiles
{
    private const string Prefix = "ScrutinyReports.Cli.dfe.";

    public static IReadOnlyDictionary<string, Func<Stream>> All { get; } = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(name => name[Prefix.Length..], name => (Func<Stream>)(() => Open(name)), StringComparer.OrdinalIgnoreCase);

    private static MemoryStream Open(string resource)
    {
        using var source = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded file {resource} is missing from the assembly.");
        var copy = new MemoryStream((int)source.Length);
        source.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
