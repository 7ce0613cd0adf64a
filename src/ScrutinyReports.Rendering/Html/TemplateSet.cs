using System.Reflection;
using Scriban;
using Scriban.Parsing;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// The Scriban templates a report is made from: the defaults shipped in this assembly, each replaceable by a file
/// of the same name in the store's templates folder. Every template is parsed before anything is rendered, and a
/// broken one fails with its file, line and column; a broken override never falls back silently to the default.
/// An override still named as the retired Liquid templates were (cover.liquid) is refused with the name to use.
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".scriban-html";

    private const string RetiredExtension = ".liquid";

    /// <summary>The templates a report uses, by file name.</summary>
    public static readonly IReadOnlyList<string> Names =
        new[] { "report", "cover", "summary", "theme", "breakdowns", "exceptions", "questions", "followup", "glossary" }.Select(name => name + Extension).ToArray();

    private static readonly Lazy<TemplateSet> DefaultSet = new(() => Parse(Names.ToDictionary(name => name, ReadDefault), "templates"));

    private readonly IReadOnlyDictionary<string, Template> templates;

    private TemplateSet(IReadOnlyDictionary<string, Template> templates, IReadOnlyDictionary<string, string> sources)
    {
        this.templates = templates;
        Sources = sources;
    }

    public static TemplateSet Defaults => DefaultSet.Value;

    /// <summary>Each template's source by file name: what <c>include</c> may reach.</summary>
    internal IReadOnlyDictionary<string, string> Sources { get; }

    internal Template this[string name] => templates[name];

    /// <summary>Whether a file in the templates folder is one this class reads (or refuses by name): current and retired names.</summary>
    public static bool IsTemplateFile(string fileName) =>
        fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(RetiredExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The defaults with <paramref name="overrides"/> (file name to source) put in their place.</summary>
    /// <exception cref="TemplateException">An override has an unknown or retired name, or does not parse.</exception>
    public static TemplateSet WithOverrides(IReadOnlyDictionary<string, string> overrides, string folder = "templates")
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return Defaults;
        }

        foreach (var name in overrides.Keys.Order(StringComparer.Ordinal).Where(name => !Names.Contains(name)))
        {
            throw new TemplateException(name.EndsWith(RetiredExtension, StringComparison.OrdinalIgnoreCase)
                ? $"{folder}/{name}: Liquid templates are no longer read; write it in Scriban as {folder}/{Path.GetFileNameWithoutExtension(name)}{Extension} (README, \"Report templates\")"
                : $"{folder}/{name}: not a template ScrutinyReports uses; expected one of {string.Join(", ", Names)}");
        }

        var overridden = Parse(overrides, folder);
        return new TemplateSet(
            Names.ToDictionary(name => name, name => overridden.templates.GetValueOrDefault(name) ?? Defaults.templates[name]),
            Names.ToDictionary(name => name, name => overridden.Sources.GetValueOrDefault(name) ?? Defaults.Sources[name]));
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
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, source) in sources)
        {
            var template = Template.Parse(source, $"{folder}/{name}");
            if (template.HasErrors)
            {
                var first = template.Messages.First(message => message.Type == ParserMessageType.Error);
                throw new TemplateException(TemplateException.Located(first.Span, first.Message));
            }

            parsed[name] = template;
        }

        return new TemplateSet(parsed, sources);
    }
}
