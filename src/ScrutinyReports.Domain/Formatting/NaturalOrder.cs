namespace ScrutinyReports.Domain.Formatting;

/// <summary>
/// Orders names as people list them: runs of digits by their number (<c>Team 2</c> before <c>Team 10</c>), other text
/// in any case. <see cref="Instance"/> orders names equal that way by ordinal order, so the order is total and
/// stable; <see cref="IgnoringTies"/> calls them equal, for a caller that breaks ties its own way. Thread-safe: stateless.
/// </summary>
public sealed class NaturalOrder : IComparer<string>
{
    private readonly bool ordinalTies;

    private NaturalOrder(bool ordinalTies) => this.ordinalTies = ordinalTies;

    public static NaturalOrder Instance { get; } = new(ordinalTies: true);

    public static NaturalOrder IgnoringTies { get; } = new(ordinalTies: false);

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = Run(x, ref i);
                var b = Run(y, ref j);
                var numbers = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (numbers != 0)
                {
                    return numbers;
                }

                continue;
            }

            var letters = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (letters != 0)
            {
                return letters;
            }

            i++;
            j++;
        }

        var lengths = (x.Length - i).CompareTo(y.Length - j);
        return lengths != 0 || !ordinalTies ? lengths : string.CompareOrdinal(x, y);
    }

    // A run of digits without its leading zeros, so that 007 and 7 are one number.
    private static string Run(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        var digits = text[start..at].TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }
}
