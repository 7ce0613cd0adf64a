using System.Globalization;

namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// An indicator's declared changes of process, oldest first. Written in a catalogue as "2023-04: new front door;
/// 2024-10: definition change" (a month, a colon and the reason; entries separated by semicolons). Compared by content.
/// </summary>
public sealed class ProcessChanges : IEquatable<ProcessChanges>
{
    public ProcessChanges(IEnumerable<ProcessChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Items = [.. changes.OrderBy(change => change.From)];
        if (Items.Select(change => change.From).Distinct().Count() != Items.Count)
        {
            throw new ArgumentException("Two changes of process are declared for the same month.", nameof(changes));
        }
    }

    public static ProcessChanges None { get; } = new([]);

    public IReadOnlyList<ProcessChange> Items { get; }

    /// <summary>The changes as a catalogue writes them; empty when there are none.</summary>
    public string Text => string.Join("; ", Items.Select(change => $"{change.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)}: {change.Reason}"));

    /// <summary>Reads <see cref="Text"/>; on failure returns null and says what was expected.</summary>
    public static ProcessChanges? TryParse(string? text, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var changes = new List<ProcessChange>();
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var reason = colon < 0 ? string.Empty : entry[(colon + 1)..].Trim();
            if (colon < 0 || reason.Length == 0
                || !DateOnly.TryParseExact(entry[..colon].Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                error = "expected each change of process as a month, a colon and the reason, such as \"2023-04: new front door\", separated by semicolons";
                return null;
            }

            if (changes.Any(change => change.From == from))
            {
                error = $"two changes of process are declared for {from:yyyy-MM}; expected one a month";
                return null;
            }

            changes.Add(new ProcessChange(from, reason));
        }

        return new ProcessChanges(changes);
    }

    public static ProcessChanges Parse(string? text) =>
        TryParse(text, out var error) ?? throw new FormatException($"Unreadable changes of process {text}: {error}.");

    public bool Equals(ProcessChanges? other) => other is not null && Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => Equals(obj as ProcessChanges);

    public override int GetHashCode() => Items.Count == 0 ? 0 : HashCode.Combine(Items.Count, Items[0]);
}
