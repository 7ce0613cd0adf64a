using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScrutinyReports.Pipeline.Panels;

/// <summary>
/// Says in words what a configuration file should hold where System.Text.Json could not read it: the kind of value a
/// field expects (worked out from the document class and the error's path), or an unknown field by its name. Never a
/// .NET type name, which the library's own messages give. Deep nesting never gets far: no field of a configuration
/// file holds more than a list of objects, so the first list or object out of place is that field's error.
/// </summary>
internal static partial class JsonShapeWords
{
    public static string Explain(JsonException exception, Type document)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            return $"unknown field \"{unmapped.Groups[1].Value}\"; check its spelling against the README";
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return $"expected {Describe(TypeAt(document, exception.Path))}";
        }

        // A syntax error: the reader's own words name no types; its path and position are given by the caller.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var plain = cut > 0 ? message[..cut] : message;
        var position = plain.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position > 0 ? plain[..position] : plain).TrimEnd('.', ' ') + "; the file is not valid JSON here";
    }

    /// <summary>The kind of value a property type holds, for a person writing the file.</summary>
    public static string Describe(Type? type)
    {
        if (type is null)
        {
            return "a value of another kind";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text in double quotes";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number without quotes";
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return "a number without quotes";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return $"an object of named fields, each {Describe(type.GetGenericArguments()[1])}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var item = type.GetGenericArguments()[0];
            return item == typeof(string) ? "a list of text items in double quotes, such as [\"first\", \"second\"]" : $"a list in square brackets of {Describe(item)} items";
        }

        return "an object in braces with named fields, such as {\"name\": \"...\"}";
    }

    // "$.accountableEmployees[0].name" → the declared type of that place in the document class.
    private static Type? TypeAt(Type document, string? path)
    {
        var current = document;
        foreach (Match step in PathStep().Matches(path ?? string.Empty))
        {
            if (step.Groups["index"].Success || step.Groups["key"].Success)
            {
                current = current.IsGenericType ? current.GetGenericArguments()[^1] : null;
            }
            else
            {
                var name = step.Groups["name"].Value;
                current = current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Dictionary<,>)
                    ? current.GetGenericArguments()[1]
                    : current.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            }

            if (current is null)
            {
                return null;
            }

            current = Nullable.GetUnderlyingType(current) ?? current;
        }

        return current == document ? null : current;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>[0-9]+)\]|\['(?<key>[^']*)'\]")]
    private static partial Regex PathStep();

    [GeneratedRegex("The JSON property '(.*?)' could not be mapped")]
    private static partial Regex UnmappedProperty();
}
