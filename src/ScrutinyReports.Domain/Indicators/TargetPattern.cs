using System.Globalization;
using ScrutinyReports.Domain.Parsing;

namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// Reads a catalogue target: empty, ">=N", "&lt;=N", "N-M" (inclusive), or a bare "N" read by polarity
/// (at least N when higher is better, at most N when lower is better).
/// </summary>
public static class TargetPattern
{
    public const string Examples = "empty, >=N, <=N, N-M (an inclusive range) or a bare N";

    public static ParseResult<Target?> Parse(string? text, Polarity polarity)
    {
        var trimmed = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);
        if (trimmed.Length == 0)
        {
            return ParseResult<Target?>.Ok(null);
        }

        if (trimmed.StartsWith(">=", StringComparison.Ordinal) || trimmed.StartsWith('≥'))
        {
            return Bound(trimmed.TrimStart('>', '=', '≥'), value => new Target(value, null));
        }

        if (trimmed.StartsWith("<=", StringComparison.Ordinal) || trimmed.StartsWith('≤'))
        {
            return Bound(trimmed.TrimStart('<', '=', '≤'), value => new Target(null, value));
        }

        var dash = trimmed.IndexOf('-', 1);
        if (dash > 0)
        {
            return Number(trimmed[..dash]) is { } min && Number(trimmed[(dash + 1)..]) is { } max && min <= max
                ? ParseResult<Target?>.Ok(new Target(min, max))
                : ParseResult<Target?>.Fail(Examples + ", with the lower bound first");
        }

        if (Number(trimmed) is not { } bare)
        {
            return ParseResult<Target?>.Fail(Examples);
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => ParseResult<Target?>.Ok(new Target(bare, null)),
            Polarity.LowerIsBetter => ParseResult<Target?>.Ok(new Target(null, bare)),
            _ => ParseResult<Target?>.Fail(">=N, <=N or N-M: a bare number cannot be read for a neutral indicator"),
        };
    }

    private static ParseResult<Target?> Bound(string text, Func<decimal, Target> make) =>
        Number(text) is { } value ? ParseResult<Target?>.Ok(make(value)) : ParseResult<Target?>.Fail(Examples);

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
