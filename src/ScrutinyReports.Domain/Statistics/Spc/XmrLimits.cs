namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// The centre line and process limits of an XmR chart: the mean of the figures, plus and minus 2.66 times their
/// average moving range. A moving range is the absolute difference between the figures of two consecutive periods;
/// where a period has no figure there is no moving range on either side of it. Moving ranges of
/// <see cref="SpcConstants.OutlierScreen"/> times the average or more are left out and the average taken again, once,
/// as NHSRplotthedots does by default.
/// </summary>
public sealed record XmrLimits(decimal Mean, decimal AverageMovingRange)
{
    public decimal Lower => Mean - (SpcConstants.LimitFactor * AverageMovingRange);

    public decimal Upper => Mean + (SpcConstants.LimitFactor * AverageMovingRange);

    public decimal NearLower => Mean - (SpcConstants.NearLimitFactor * AverageMovingRange);

    public decimal NearUpper => Mean + (SpcConstants.NearLimitFactor * AverageMovingRange);

    /// <summary>The moving-range chart's upper limit: 3.267 times the (screened) average moving range.</summary>
    public decimal UpperRangeLimit => SpcConstants.MovingRangeLimitFactor * AverageMovingRange;

    /// <summary>The limits of consecutive periods' figures (null where a period has none); null without a single moving range.</summary>
    public static XmrLimits? Of(IReadOnlyList<decimal?> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var values = figures.Where(figure => figure is not null).Select(figure => figure!.Value).ToList();
        var ranges = new List<decimal>();
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i] is { } now && figures[i - 1] is { } before)
            {
                ranges.Add(Math.Abs(now - before));
            }
        }

        if (ranges.Count == 0)
        {
            return null;
        }

        var average = ranges.Average();
        var screened = ranges.Where(range => range < SpcConstants.OutlierScreen * average).ToList();
        if (screened.Count > 0)
        {
            average = screened.Average();
        }

        return new XmrLimits(values.Average(), average);
    }
}
