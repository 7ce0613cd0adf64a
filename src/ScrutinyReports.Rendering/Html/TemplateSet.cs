using System.Reflection;
using System.Text.RegularExpressions;
using Fluid;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// The Liquid templates a report is made from: the defaults shipped in this assembly, each replaceable by a file
/// of the same name in the store's templates folder. Every template is parsed before anything is rendered, and a
/// broken one fails with its file, line and column; a broken override never falls back silently to the default.
/// </summary>
public sealed partial class TemplateSet
{
    /// <summary>The templates a report uses, by file name.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["report.liquid", "cover.liquid", "summary.liquid", "theme.liquid", "exceptions.liquid", "questions.liquid", "glossary.liquid"];

    private static readonly FluidParser Parser = new();
    private static readonly Lazy<TemplateSet> DefaultSet = new(() => Parse(Names.ToDictionary(name => name, ReadDefault), "templates"));

    private readonly IReadOnlyDictionary<string, IFluidTemplate> templates;

    private TemplateSet(IReadOnlyDictionary<string, IFluidTemplate> templates) => this.templates = templates;

    public static TemplateSet Defaults => DefaultSet.Value;

    public IFluidTemplate this[string name] => templates[name];

    /// <summary>The defaults with <paramref name="overrides"/> (file name to source) put in their place.</summary>
    /// <exception cref="TemplateException">An override has an unknown name or does not parse.</exception>
    public static TemplateSet WithOverrides(IReadOnlyDictionary<string, string> overrides, string folder = "templates")
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return Defaults;
        }

        foreach (var name in overrides.Keys.Where(name => !Names.Contains(name)))
        {
            throw new TemplateException($"{folder}/{name}: not a template ScrutinyReports uses; expected one of {string.Join(", ", Names)}");
        }

        var overridden = Parse(overrides, folder);
        return new TemplateSet(Names.ToDictionary(name => name, name => overridden.templates.GetValueOrDefault(name) ?? Defaults.templates[name]));
    }

    public static string ReadDefault(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ScrutinyReports.Rendering.Templates.{name}")
            ?? throw new InvalidOperationException($"The default template {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static TemplateSet Parse(IReadOnlyDictionary<string, string> sources, string folder)
    {
        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (name, source) in sources)
        {
            if (!Parser.TryParse(source, out var template, out var error))
            {
                throw new TemplateException($"{folder}/{name}: {Located(error)}");
            }

            parsed[name] = template;
        }

        return new TemplateSet(parsed);
    }

    // Fluid reports a position as "(line:column)"; say it in words a template author can follow.
    private static string Located(string error)
    {
        var match = Position().Match(error);
        return match.Success
            ? $"line {match.Groups[1].Value}, column {match.Groups[2].Value}: {error.Remove(match.Index, match.Length).Trim().TrimEnd('.', ' ')}"
            : error;
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
