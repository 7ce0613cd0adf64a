namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// The order a pack lists a panel's log in: open items needing attention first (overdue, then at risk, on track and
/// open), then those closed since the last meeting (complete, answered, dropped). Within a group, the earliest due
/// first, then the earliest raised, then by reference in natural order. Items closed before the last meeting are left out.
/// </summary>
public static class FollowUpOrdering
{
    public static IReadOnlyList<FollowUpItem> ForPack(IEnumerable<FollowUpItem> items, DateOnly asAt, DateOnly lastMeeting)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items
            .Where(item => item.IsOpen || item.ClosedOn > lastMeeting)
            .OrderBy(item => Group(item, asAt))
            .ThenBy(item => item.Due ?? DateOnly.MaxValue)
            .ThenBy(item => item.Raised)
            .ThenBy(item => item.Ref, NaturalReferenceComparer.Instance)];
    }

    /// <summary>0 overdue, 1 at risk, 2 on track, 3 open, 4 closed since the last meeting.</summary>
    public static int Group(FollowUpItem item, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsOverdue(asAt))
        {
            return 0;
        }

        return item.Status switch
        {
            FollowUpStatus.AtRisk => 1,
            FollowUpStatus.OnTrack => 2,
            FollowUpStatus.Open => 3,
            _ => 4,
        };
    }

    // "A2" before "A10": runs of digits compare by value.
    private sealed class NaturalReferenceComparer : IComparer<string>
    {
        public static NaturalReferenceComparer Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return string.CompareOrdinal(x, y);
            }

            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var startX = i;
                    var startY = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                    while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                    var digitsX = x.AsSpan(startX, i - startX).TrimStart('0');
                    var digitsY = y.AsSpan(startY, j - startY).TrimStart('0');
                    var byValue = digitsX.Length != digitsY.Length ? digitsX.Length.CompareTo(digitsY.Length) : digitsX.SequenceCompareTo(digitsY);
                    if (byValue != 0)
                    {
                        return byValue;
                    }

                    continue;
                }

                var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
                if (byChar != 0)
                {
                    return byChar;
                }

                i++;
                j++;
            }

            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
