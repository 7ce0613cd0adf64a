using System.Globalization;
using System.Text;

namespace ScrutinyReports.Domain.Formatting;

/// <summary>
/// Text from a file or a file name, made safe to repeat in a message: in double quotes, control characters and line
/// breaks written as escapes (so a crafted value cannot forge a line of output or move the cursor), and cut to a
/// short prefix (so a huge value cannot flood a terminal, a receipt or a log).
/// </summary>
public static class Echo
{
    /// <summary>How many characters of a value a message repeats at most.</summary>
    public const int MaxLength = 80;

    public static string Quote(string? text) => "\"" + Plain(text) + "\"";

    /// <summary>
    /// What a message says of a value longer than a field allows: "expected at most 200 characters; found 201,
    /// beginning "..."", or with <paramref name="what"/> "expected commentary of at most ...".
    /// </summary>
    public static string TooLong(string text, int max, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(CultureInfo.InvariantCulture,
            $"expected {(what is null ? string.Empty : what + " of ")}at most {max:N0} characters; found {text.Length:N0}, beginning {Quote(text)}");
    }

    /// <summary>The same without the quotes, for a file name that a message already sets apart.</summary>
    public static string Plain(string? text) => Plain(text, MaxLength);

    /// <summary>As <see cref="Plain(string?)"/>, cut at <paramref name="maxLength"/> characters instead.</summary>
    public static string Plain(string? text, int maxLength)
    {
        text ??= string.Empty;
        var cut = text.Length > maxLength;
        var shown = cut ? text[..maxLength] : text;
        if (cut && char.IsHighSurrogate(shown[^1]))
        {
            shown = shown[..^1];
        }

        var result = new StringBuilder(shown.Length + 8);
        foreach (var c in shown)
        {
            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                '"' => result.Append("\\\""),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                    => result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => result.Append(c),
            };
        }

        if (cut)
        {
            result.Append(CultureInfo.InvariantCulture, $"... ({text.Length:N0} characters)");
        }

        return result.ToString();
    }
}
