namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The average of a local authority's statistical neighbours' figures for one year, both ways they are published:
/// the <see cref="Mean"/> (LAIT) and the <see cref="Median"/> (the DfE Children's Social Care Outcomes and Enablers
/// dashboard). Say which one a report shows. <see cref="WithValue"/> neighbours had a figure; <see cref="LeftOut"/>
/// had none (suppressed, not available or not applicable) and are left out of both averages, never counted as
/// zero. Both averages are null when no neighbour had a figure.
/// </summary>
public sealed record NeighbourSummary(double? Mean, double? Median, int WithValue, int LeftOut)
{
    /// <summary>How many neighbours were asked about (normally 10).</summary>
    public int Neighbours => WithValue + LeftOut;

    /// <summary>Summarises the neighbours' figures, one entry per neighbour, null where a neighbour has no figure.</summary>
    public static NeighbourSummary Of(IEnumerable<double?> neighbourValues)
    {
        ArgumentNullException.ThrowIfNull(neighbourValues);
        var values = new List<double>();
        var leftOut = 0;
        foreach (var value in neighbourValues)
        {
            if (value is not { } number)
            {
                leftOut++;
                continue;
            }

            if (!double.IsFinite(number))
            {
                throw new ArgumentException("Neighbour figures must be finite numbers or null.", nameof(neighbourValues));
            }

            values.Add(number);
        }

        if (values.Count == 0)
        {
            return new NeighbourSummary(null, null, 0, leftOut);
        }

        values.Sort();
        return new NeighbourSummary(values.Average(), QuartileBanding.QuartileInclusive(values, 2), values.Count, leftOut);
    }
}
