using System.Reflection;

namespace ScrutinyReports.Pipeline;

/// <summary>Data files shipped inside this assembly: the built-in catalogue, the demo's anchor figures and the DfE statistical neighbour models.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"ScrutinyReports.Pipeline.{name}")
        ?? throw new InvalidOperationException($"The embedded file {name} is missing from the assembly.");

    /// <summary>A seekable copy, as the readers need to look at a file's first bytes and come back.</summary>
    public static MemoryStream Copy(string name)
    {
        using var source = Open(name);
        var copy = new MemoryStream();
        source.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
