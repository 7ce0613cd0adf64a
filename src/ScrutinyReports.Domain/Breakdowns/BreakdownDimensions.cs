using ScrutinyReports.Domain.Parsing;

namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// The dimensions whose categories are declared: the DfE characteristics built in, and those a council declares (its
/// teams, localities, wards), a council's list replacing a built-in one of the same name. A dimension not declared
/// takes any category. Immutable.
/// </summary>
public sealed class BreakdownDimensions
{
    private readonly Dictionary<string, BreakdownDimension> byName;

    private BreakdownDimensions(IEnumerable<BreakdownDimension> dimensions)
    {
        byName = new Dictionary<string, BreakdownDimension>(StringComparer.Ordinal);
        var ordered = new List<BreakdownDimension>();
        foreach (var dimension in dimensions)
        {
            if (byName.TryAdd(dimension.Name, dimension))
            {
                ordered.Add(dimension);
            }
            else
            {
                ordered[ordered.FindIndex(d => d.Name == dimension.Name)] = dimension;
                byName[dimension.Name] = dimension;
            }
        }

        All = ordered;
    }

    /// <summary>Age, sex and ethnicity as the DfE publishes them.</summary>
    public static BreakdownDimensions BuiltIn { get; } = new(DfeCharacteristics.All);

    /// <summary>Built in first, then the council's own in the order declared.</summary>
    public IReadOnlyList<BreakdownDimension> All { get; }

    /// <summary>These dimensions with <paramref name="declared"/> added, each replacing one of the same name in place.</summary>
    public BreakdownDimensions With(IEnumerable<BreakdownDimension> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return new BreakdownDimensions(All.Concat(declared));
    }

    public bool TryGet(string dimension, out BreakdownDimension declared) => byName.TryGetValue(dimension, out declared!);

    /// <summary>Reads typed text (see <see cref="BreakdownText"/>) and checks its category against a declared list.</summary>
    public ParseResult<Breakdown> Parse(string? text)
    {
        var parsed = BreakdownText.Parse(text);
        return parsed.Success ? Resolve(parsed.Value) : parsed;
    }

    /// <summary>
    /// The breakdown with its category spelt as declared, or what was expected when the dimension is declared and the
    /// category is not one of its own. Breakdowns of undeclared dimensions are returned as they are.
    /// </summary>
    public ParseResult<Breakdown> Resolve(Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        if (breakdown.IsWholeAuthority || !byName.TryGetValue(breakdown.Dimension, out var declared))
        {
            return ParseResult<Breakdown>.Ok(breakdown);
        }

        return declared.TryMatch(breakdown.Category, out var category)
            ? ParseResult<Breakdown>.Ok(Breakdown.Create(breakdown.Dimension, category.Name))
            : ParseResult<Breakdown>.Fail($"one of the {breakdown.Dimension} categories ({declared.Listed()})");
    }
}
