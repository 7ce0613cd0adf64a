namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// What part of the authority a figure covers: a dimension and one of its categories (<c>team=North</c>,
/// <c>age=10 to 15 years</c>), or the whole authority (both empty). Dimension names are lower-case identifiers;
/// categories are trimmed and keep the spelling they were declared (or, for a dimension
/// nobody declared, written) with. Two breakdowns are the same when their dimension and category are the same text.
/// </summary>
/// <remarks>
/// <see cref="StoredText"/> is the one form stores key figures by. A team is stored as its bare name: every upload before
/// dimensions existed stored its free-text breakdown that way, so old figures read as teams and a re-upload of an old file
/// lands on the same keys, with no migration. Every other dimension is stored as <c>dimension=Category</c>.
/// </remarks>
public sealed record Breakdown
{
    /// <summary>The dimension a breakdown without one (free text, as uploads were first written) belongs to.</summary>
    public const string DefaultDimension = "team";

    /// <summary>The longest dimension name.</summary>
    public const int MaxDimensionLength = 40;

    private Breakdown(string dimension, string category)
    {
        Dimension = dimension;
        Category = category;
    }

    public static Breakdown WholeAuthority { get; } = new(string.Empty, string.Empty);

    /// <summary>Lower-case identifier (<c>team</c>, <c>age</c>); empty for the whole authority.</summary>
    public string Dimension { get; }

    /// <summary>The category as shown (<c>North</c>, <c>10 to 15 years</c>); empty for the whole authority.</summary>
    public string Category { get; }

    public bool IsWholeAuthority => Dimension.Length == 0;

    /// <summary><c>dimension=Category</c>, or empty for the whole authority: the text an upload may give.</summary>
    public string Text => IsWholeAuthority ? string.Empty : $"{Dimension}={Category}";

    /// <summary>The key stores use: empty for the whole authority, the bare name for a team, <c>dimension=Category</c> otherwise.</summary>
    public string StoredText => IsWholeAuthority ? string.Empty : Dimension == DefaultDimension ? Category : Text;

    /// <summary>A breakdown from a dimension and category already checked; throws when either is not well formed.</summary>
    public static Breakdown Of(string dimension, string category)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(category);
        var result = BreakdownText.Parse($"{dimension}={category}");
        return result.Success ? result.Value : throw new ArgumentException($"Not a breakdown: expected {result.Expected}.", nameof(dimension));
    }

    /// <summary>
    /// Reads a stored key back. Never fails: a key that is not <c>dimension=Category</c> is a team's name, which is how
    /// free-text breakdowns were always stored.
    /// </summary>
    public static Breakdown FromStored(string storedText)
    {
        ArgumentNullException.ThrowIfNull(storedText);
        if (storedText.Length == 0)
        {
            return WholeAuthority;
        }

        // Only a key this type would write reads as dimension=Category; anything else was a team's free-text name.
        var parsed = BreakdownText.Parse(storedText);
        return parsed.Success && parsed.Value.StoredText == storedText ? parsed.Value : new Breakdown(DefaultDimension, storedText);
    }

    internal static Breakdown Create(string dimension, string category) => new(dimension, category);

    public override string ToString() => Text;
}
