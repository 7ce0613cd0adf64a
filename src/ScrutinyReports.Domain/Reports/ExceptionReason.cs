namespace ScrutinyReports.Domain.Reports;

/// <summary>Why an indicator needs scrutiny, in the order exceptions are ranked: off target before worsening before trend.</summary>
public enum ExceptionReasonKind
{
    /// <summary>Red: missed its target by more than the tolerance.</summary>
    OffTarget,

    /// <summary>Amber: missed its target by no more than the tolerance.</summary>
    CloseToTarget,

    /// <summary>Significantly worse than England's latest published figure.</summary>
    WorseThanEngland,

    /// <summary>Worse than a year earlier by more than noise: significantly, or beyond the usual spread where there is no test.</summary>
    WorseThanYearAgo,

    /// <summary>A trend in the adverse direction over the last 12 periods, not reversed over the last 6 (series without process limits).</summary>
    AdverseTrend,

    /// <summary>The latest figure is special cause variation of a concerning nature on its SPC chart.</summary>
    ConcerningVariation,
}

/// <summary>One reason an indicator is an exception, with the sentence a reader sees (figures with their periods and units).</summary>
public sealed record ExceptionReason(ExceptionReasonKind Kind, string Text);

/// <summary>An indicator that needs scrutiny and every reason it does, most serious first.</summary>
public sealed record ReportException(IndicatorEntry Entry, IReadOnlyList<ExceptionReason> Reasons)
{
    /// <summary>The rank group: red, then amber, then significant worsening (against England or a year ago, or special cause of a concerning nature), then trend.</summary>
    public int Tier => Reasons[0].Kind switch
    {
        ExceptionReasonKind.OffTarget => 0,
        ExceptionReasonKind.CloseToTarget => 1,
        ExceptionReasonKind.WorseThanEngland or ExceptionReasonKind.WorseThanYearAgo or ExceptionReasonKind.ConcerningVariation => 2,
        _ => 3,
    };
}

/// <summary>The exceptions a report shows, ranked and capped, and how many more there were beyond the cap.</summary>
public sealed record ExceptionList(IReadOnlyList<ReportException> Shown, int NotShown)
{
    public static ExceptionList Empty { get; } = new([], 0);

    public int Total => Shown.Count + NotShown;
}
