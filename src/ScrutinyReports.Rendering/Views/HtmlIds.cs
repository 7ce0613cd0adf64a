using System.Globalization;
using System.Text;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// Id and anchor values built from text that came from an upload (an indicator id), safe inside any attribute and in
/// a URL fragment: lower-case letters, digits and hyphens. An underscore becomes a hyphen; any other character is
/// written as its code between underscores, so that ids that differ stay different.
/// </summary>
public static class HtmlIds
{
    public static string From(string prefix, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var value = new StringBuilder(prefix, prefix.Length + id.Length);
        foreach (var c in id.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            {
                value.Append(c);
            }
            else if (c == '_')
            {
                value.Append('-');
            }
            else
            {
                value.Append(CultureInfo.InvariantCulture, $"_{(int)c:x}_");
            }
        }

        return value.ToString();
    }
}
