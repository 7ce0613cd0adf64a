using ScrutinyReports.Domain.Parsing;

namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// Reads the breakdown an officer typed. Blank is the whole authority. <c>dimension=category</c> names both: the
/// dimension in any case (<c>Team = North</c> is <c>team=North</c>), letters, digits and underscores starting with a
/// letter; the category any text without <c>=</c>. Text without <c>=</c> is a team's name, as breakdowns were written
/// before dimensions (<c>North</c> is <c>team=North</c>). More than one <c>=</c>, or nothing on one side, is an error.
/// Spaces around either part are dropped; inside a category they are kept as written, so a team's name keeps the
/// key it was always stored under. Categories are not checked against
/// declared lists here: see <see cref="BreakdownDimensions.Resolve"/>.
/// </summary>
public static class BreakdownText
{
    public const string Expected =
        "a breakdown as dimension=category (such as team=North, age=10-15 or sex=Female), a team's name, or blank for the whole authority";

    public static ParseResult<Breakdown> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<Breakdown>.Ok(Breakdown.WholeAuthority);
        }

        var equals = trimmed.IndexOf('=');
        if (equals < 0)
        {
            return ParseResult<Breakdown>.Ok(Breakdown.Create(Breakdown.DefaultDimension, trimmed));
        }

        if (trimmed.IndexOf('=', equals + 1) >= 0)
        {
            return ParseResult<Breakdown>.Fail(Expected + "; found more than one =");
        }

        var dimension = trimmed[..equals].Trim().ToLowerInvariant();
        var category = trimmed[(equals + 1)..].Trim();
        if (dimension.Length == 0 || category.Length == 0)
        {
            return ParseResult<Breakdown>.Fail(Expected + $"; found nothing {(dimension.Length == 0 ? "before" : "after")} the =");
        }

        if (!IsDimensionName(dimension))
        {
            return ParseResult<Breakdown>.Fail(
                $"a dimension name of letters, digits and underscores starting with a letter, at most {Breakdown.MaxDimensionLength} characters (such as team, locality, age), before the =");
        }

        return ParseResult<Breakdown>.Ok(Breakdown.Create(dimension, category));
    }

    /// <summary>True for a lower-case dimension name: a letter, then letters, digits and underscores.</summary>
    public static bool IsDimensionName(string name) =>
        name.Length is > 0 and <= Breakdown.MaxDimensionLength && char.IsAsciiLetterLower(name[0]) &&
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
