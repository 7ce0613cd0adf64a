using System.Globalization;
using ScrutinyReports.Domain.Parsing;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// One published figure as the file states it: a number, or a code carried through as its meaning
/// (<see cref="PublishedValueKind"/>). <see cref="Number"/> is set exactly when <see cref="Kind"/> is
/// <see cref="PublishedValueKind.Number"/>. Immutable.
/// </summary>
public readonly record struct PublishedValue
{
    public const string Expected = "a number or one of the published codes c, x, z, u, low, k";

    private PublishedValue(PublishedValueKind kind, decimal? number)
    {
        Kind = kind;
        Number = number;
    }

    public PublishedValueKind Kind { get; }

    public decimal? Number { get; }

    public bool HasNumber => Kind == PublishedValueKind.Number;

    /// <summary>The code as published ("c", "x", "z", "u", "low", "k"), or the number in invariant form.</summary>
    public string Code => Kind switch
    {
        PublishedValueKind.Number => Number!.Value.ToString(CultureInfo.InvariantCulture),
        PublishedValueKind.Suppressed => "c",
        PublishedValueKind.NotAvailable => "x",
        PublishedValueKind.NotApplicable => "z",
        PublishedValueKind.LowReliability => "u",
        PublishedValueKind.RoundsToZero => "low",
        _ => "k",
    };

    public static PublishedValue Of(decimal number) => new(PublishedValueKind.Number, number);

    /// <summary>A value published as a code, never a number.</summary>
    public static PublishedValue Coded(PublishedValueKind kind)
    {
        if (kind == PublishedValueKind.Number || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "A coded value needs one of the codes, not Number.");
        }

        return new(kind, null);
    }

    /// <summary>
    /// Reads a value cell: a plain invariant number ("22.6", "-3", "0") or a code in any case, bare or in square
    /// brackets as newer files write them ("c", "[c]", "Z", "low"). A blank or anything else is not a published value.
    /// </summary>
    public static ParseResult<PublishedValue> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length > 2 && trimmed[0] == '[' && trimmed[^1] == ']')
        {
            trimmed = trimmed[1..^1].Trim();
        }

        PublishedValueKind? code = trimmed.ToUpperInvariant() switch
        {
            "C" => PublishedValueKind.Suppressed,
            "X" => PublishedValueKind.NotAvailable,
            "Z" => PublishedValueKind.NotApplicable,
            "U" => PublishedValueKind.LowReliability,
            "LOW" => PublishedValueKind.RoundsToZero,
            "K" => PublishedValueKind.LessThanHalf,
            _ => null,
        };
        if (code is { } kind)
        {
            return ParseResult<PublishedValue>.Ok(Coded(kind));
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? ParseResult<PublishedValue>.Ok(Of(number))
            : ParseResult<PublishedValue>.Fail(trimmed.Length == 0 ? $"{Expected}, not a blank" : Expected);
    }

    public override string ToString() => Code;
}
