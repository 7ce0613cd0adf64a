namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// One declared category of a dimension: its name as reports show it, other ways uploads may write it, and whether a
/// complete set of the dimension's figures may leave it out (<c>Refused</c> for ethnicity: few councils report it).
/// </summary>
public sealed record BreakdownCategory
{
    public BreakdownCategory(string name, bool optional = false, IReadOnlyList<string>? alsoWritten = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('=', StringComparison.Ordinal) || name.Trim() != name)
        {
            throw new ArgumentException($"A category name has no = and no outer spaces; \"{name}\" does not.", nameof(name));
        }

        Name = name;
        Optional = optional;
        AlsoWritten = alsoWritten ?? [];
    }

    public string Name { get; }

    /// <summary>True when a complete set of the dimension's figures may leave this category out.</summary>
    public bool Optional { get; }

    /// <summary>Short or older forms read as this category (<c>10-15</c> for <c>10 to 15 years</c>); matched as <see cref="Name"/> is.</summary>
    public IReadOnlyList<string> AlsoWritten { get; }

    /// <summary>True when <paramref name="text"/> is this category's name or another form of it, in any case.</summary>
    public bool IsNamedBy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = CategoryKey.Of(text);
        return AlsoWritten.Prepend(Name).Any(written => CategoryKey.Of(written) == key);
    }
}
