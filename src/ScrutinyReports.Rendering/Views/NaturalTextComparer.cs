namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// Orders text as a reader expects: numbers inside it compare as numbers (A2 before A10), letters ignore case, and
/// leading punctuation is skipped ("[c] (suppressed)" files under C). Ties fall back to ordinal order, so the order
/// is total. Thread-safe: stateless.
/// </summary>
public sealed class NaturalTextComparer : IComparer<string>
{
    public static NaturalTextComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (a, b) = (x.TrimStart('[', '(', '"', '\u201c'), y.TrimStart('[', '(', '"', '\u201c'));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (startA, startB) = (i, j);
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var (digitsA, digitsB) = (a[startA..i].TrimStart('0'), b[startB..j].TrimStart('0'));
                var byNumber = digitsA.Length != digitsB.Length ? digitsA.Length.CompareTo(digitsB.Length) : string.CompareOrdinal(digitsA, digitsB);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            var byChar = char.ToUpperInvariant(a[i]).CompareTo(char.ToUpperInvariant(b[j]));
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        var byLength = (a.Length - i).CompareTo(b.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
