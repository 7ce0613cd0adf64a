using ScrutinyReports.Domain.Formatting;

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

        var byText = NaturalOrder.IgnoringTies.Compare(x.TrimStart('[', '(', '"', '\u201c'), y.TrimStart('[', '(', '"', '\u201c'));
        return byText != 0 ? byText : string.CompareOrdinal(x, y);
    }
}
