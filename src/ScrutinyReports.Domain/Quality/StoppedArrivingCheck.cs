using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Rule: an indicator whose data stopped arriving is one that has had figures before but none for its latest
/// <see cref="DataQualityOptions.StoppedAfterPeriods"/> expected periods. The latest expected period is the latest of
/// the indicator's frequency ended by the report month (<see cref="ReportingPeriod.LatestEndedBy"/>): for a September
/// 2019 report, September 2019 for a monthly indicator and Q2 2019/20 for a quarterly one. With the default of 2, a
/// monthly indicator whose last figure is for July 2019 has stopped; one whose last figure is for August has not.
/// </summary>
/// <remarks>
/// A report shows a missing figure as missing, month by month, which is easy to overlook; a feed that has quietly
/// stopped (a system change, a leaver) needs saying once, plainly, with the last period that did arrive. An indicator
/// that never had a figure has not stopped: it has not started, and the report's missing-figure list covers it.
/// </remarks>
public static class StoppedArrivingCheck
{
    /// <summary>A warning when the indicator's figures have stopped arriving, otherwise null.</summary>
    /// <param name="indicator">The indicator; its frequency says which periods are expected.</param>
    /// <param name="reportMonth">The month the report is for.</param>
    /// <param name="latestWithFigure">
    /// The latest period of the indicator's frequency with a whole-authority figure carrying a value, or null when it
    /// has never had one.
    /// </param>
    /// <param name="options">How many missed periods count as stopped; <see cref="DataQualityOptions.Default"/> when null.</param>
    public static DataQualityWarning? Check(Indicator indicator, ReportingPeriod reportMonth, ReportingPeriod? latestWithFigure,
        DataQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var expected = ReportingPeriod.LatestEndedBy(reportMonth, indicator.Frequency);
        if (latestWithFigure is not { } last)
        {
            return null;
        }

        if (last.Frequency != indicator.Frequency)
        {
            throw new ArgumentException($"{indicator.Id} is {indicator.Frequency}; {last} is not one of its periods.", nameof(latestWithFigure));
        }

        var missed = last.PeriodsUntil(expected);
        if (missed < (options ?? DataQualityOptions.Default).StoppedAfterPeriods)
        {
            return null;
        }

        var lastReceived = $"the last figure received was for {indicator.PeriodLabel(last)}.";
        var message = missed == 1
            ? $"{indicator.Name} has no figure for {indicator.PeriodLabel(expected)}, the latest {WarningText.PeriodNoun(indicator.Frequency, 1)} it should have; {lastReceived}"
            : $"{indicator.Name} has had no figure for the last {missed} {WarningText.PeriodNoun(indicator.Frequency, missed)} it should have, " +
              $"{last.Plus(1).Label} to {expected.Label}; {lastReceived}";
        return new DataQualityWarning(DataQualityWarningKind.StoppedArriving, indicator.Id, expected, string.Empty, message);
    }
}
