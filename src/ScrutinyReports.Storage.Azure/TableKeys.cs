using System.Text;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Makes free text (breakdown names, indicator and upload ids) safe inside a PartitionKey or RowKey, and builds the
/// range filters the stores query with. Key parts are joined by <see cref="Separator"/>, which an escaped part never
/// contains, so "a|" is a prefix of exactly the keys whose first part is "a".
/// </summary>
internal static class TableKeys
{
    public const char Separator = '|';

    // The service forbids / \ # ? and control characters in keys; % ' and a few others break some operations' URLs.
    // Everything outside this plain set becomes "~XXXX" (the UTF-16 code unit in hex), which keeps keys readable.
    private const char Escape = '~';

    public static string EscapePart(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            if (!IsPlain(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsPlain(c))
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(Escape).Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    /// <summary>The text <see cref="EscapePart"/> was given.</summary>
    public static string UnescapePart(string part)
    {
        if (!part.Contains(Escape, StringComparison.Ordinal))
        {
            return part;
        }

        var text = new StringBuilder(part.Length);
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] == Escape && i + 4 < part.Length
                && ushort.TryParse(part.AsSpan(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
            }
            else
            {
                text.Append(part[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>An OData filter for keys of <paramref name="property"/> that start with <paramref name="prefix"/>.</summary>
    public static string StartsWith(string property, string prefix) =>
        $"{property} ge {Quote(prefix)} and {property} lt {Quote(After(prefix))}";

    /// <summary>An OData string literal.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The least string greater than every string that starts with <paramref name="prefix"/>.</summary>
    public static string After(string prefix) =>
        prefix.Length == 0 ? throw new ArgumentException("An empty prefix has no upper bound.", nameof(prefix))
            : string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());

    private static bool IsPlain(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '-' or '_' or '.' or ',' or '(' or ')' or ':' or '@';
}
