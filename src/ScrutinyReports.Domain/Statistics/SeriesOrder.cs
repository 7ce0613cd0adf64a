namespace ScrutinyReports.Domain.Statistics;

/// <summary>Puts a series in time order and checks it is one frequency with one figure per period.</summary>
internal static class SeriesOrder
{
    public static List<PeriodValue> Checked(IEnumerable<PeriodValue> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var ordered = series.OrderBy(p => p.Period).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!double.IsFinite(ordered[i].Value))
            {
                throw new ArgumentException($"The figure for {ordered[i].Period} is not a finite number.", nameof(series));
            }

            if (i > 0 && ordered[i].Period.Frequency != ordered[0].Period.Frequency)
            {
                throw new ArgumentException("A series holds periods of one frequency only.", nameof(series));
            }

            if (i > 0 && ordered[i].Period == ordered[i - 1].Period)
            {
                throw new ArgumentException($"The series has two figures for {ordered[i].Period}.", nameof(series));
            }
        }

        return ordered;
    }
}
