namespace ScrutinyReports.Domain.Statistics;

/// <summary>A band of whole years of age, both ends inclusive, with the label the DfE publishes it under.</summary>
public sealed record ChildAgeBand
{
    public ChildAgeBand(string label, int from, int to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        Label = label;
        From = from;
        To = to;
    }

    public string Label { get; }

    /// <summary>The youngest age in the band, in completed years.</summary>
    public int From { get; }

    /// <summary>The oldest age in the band, in completed years (inclusive).</summary>
    public int To { get; }

    public bool Contains(int age) => age >= From && age <= To;
}
