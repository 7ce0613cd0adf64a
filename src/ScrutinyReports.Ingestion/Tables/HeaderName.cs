using System.Text;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>Header text reduced to a comparable key: "Indicator ID", "indicator_id" and "Indicator-Id" all give "indicator_id".</summary>
public static class HeaderName
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }

        return key.ToString().TrimEnd('_');
    }
}
