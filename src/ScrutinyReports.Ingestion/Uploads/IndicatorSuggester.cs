using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>Suggests the catalogue id nearest to a mistyped one: officers' files name the same indicator slightly differently each month.</summary>
internal static class IndicatorSuggester
{
    public static string? Closest(IndicatorCatalogue catalogue, string text)
    {
        var wanted = Simplify(text);
        var best = catalogue.Indicators
            .Select(indicator => (indicator.Id, Distance: Math.Min(Distance(wanted, Simplify(indicator.Id)), Distance(wanted, Simplify(indicator.Name)))))
            .OrderBy(candidate => candidate.Distance)
            .FirstOrDefault();
        return best.Id is not null && best.Distance <= Math.Max(2, wanted.Length / 4) ? best.Id : null;
    }

    private static string Simplify(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
