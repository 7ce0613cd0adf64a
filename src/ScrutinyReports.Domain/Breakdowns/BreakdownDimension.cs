using ScrutinyReports.Domain.Formatting;

namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// A dimension whose categories are declared: the DfE characteristics built in (<see cref="DfeCharacteristics"/>) or a
/// council's own teams, localities and wards. An upload naming a category the list lacks is an error, and the parts
/// check adds up the dimension's figures once every category that is not <see cref="BreakdownCategory.Optional"/> has one.
/// </summary>
public sealed class BreakdownDimension
{
    private readonly Dictionary<string, BreakdownCategory> byKey = new(StringComparer.Ordinal);

    public BreakdownDimension(string name, IEnumerable<BreakdownCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(categories);
        if (!BreakdownText.IsDimensionName(name))
        {
            throw new ArgumentException($"\"{name}\" is not a dimension name: expected lower-case letters, digits and underscores starting with a letter.", nameof(name));
        }

        Name = name;
        var list = new List<BreakdownCategory>();
        foreach (var category in categories)
        {
            ArgumentNullException.ThrowIfNull(category, nameof(categories));
            foreach (var written in category.AlsoWritten.Prepend(category.Name))
            {
                if (byKey.TryGetValue(CategoryKey.Of(written), out var other) && !ReferenceEquals(other, category))
                {
                    throw new ArgumentException($"{name}: \"{written}\" would name both {other.Name} and {category.Name}.", nameof(categories));
                }

                byKey[CategoryKey.Of(written)] = category;
            }

            list.Add(category);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"The dimension {name} declares no categories.", nameof(categories));
        }

        Categories = list;
    }

    public string Name { get; }

    /// <summary>
    /// A dimension nobody declared, listed from the categories its figures were stored under: one per category however
    /// it was written (the first spelling met stands), in <see cref="NaturalOrder"/>. Null when none can be a category
    /// name (text with = or outer spaces, as a very old free-text breakdown may be).
    /// </summary>
    public static BreakdownDimension? Observed(string name, IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!string.IsNullOrWhiteSpace(category) && !category.Contains('=', StringComparison.Ordinal) && category.Trim() == category)
            {
                named.TryAdd(CategoryKey.Of(category), category);
            }
        }

        return named.Count == 0 ? null : new BreakdownDimension(name, named.Values.Order(NaturalOrder.Instance).Select(c => new BreakdownCategory(c)));
    }

    /// <summary>In the order declared, which is the order reports list them.</summary>
    public IReadOnlyList<BreakdownCategory> Categories { get; }

    /// <summary>The declared category <paramref name="text"/> names, by name or another written form, in any case.</summary>
    public bool TryMatch(string text, out BreakdownCategory category)
    {
        ArgumentNullException.ThrowIfNull(text);
        return byKey.TryGetValue(CategoryKey.Of(text), out category!);
    }

    /// <summary>True when every category a complete set needs is among <paramref name="present"/> (category names as declared).</summary>
    public bool IsComplete(IEnumerable<string> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var seen = present.ToHashSet(StringComparer.Ordinal);
        return Categories.All(category => category.Optional || seen.Contains(category.Name));
    }

    /// <summary>The categories as a list for a message: "Male, Female or Unknown".</summary>
    public string Listed()
    {
        var names = Categories.Select(c => c.Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join("; ", names.Take(names.Count - 1))} or {names[^1]}";
    }
}
