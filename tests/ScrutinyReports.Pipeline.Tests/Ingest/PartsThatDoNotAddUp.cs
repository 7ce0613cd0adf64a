using System.Text;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Tests.Ingest;

/// <summary>
/// An upload with one data-quality warning per count indicator and month: four area figures (30, 35, 25, 30) that
/// add up to 120 under a total of 128, so the receipt grows with the file.
/// </summary>
public static class PartsThatDoNotAddUp
{
    public static string Csv(IReadOnlyList<string> countIndicators, int months, ReportingPeriod last)
    {
        ArgumentNullException.ThrowIfNull(countIndicators);
        var csv = new StringBuilder("indicator,period,value,breakdown\n");
        foreach (var indicator in countIndicators)
        {
            for (var back = months - 1; back >= 0; back--)
            {
                var period = last.Plus(-back).Code;
                csv.Append($"{indicator},{period},128,\n{indicator},{period},30,North\n{indicator},{period},35,South\n{indicator},{period},25,East\n{indicator},{period},30,West\n");
            }
        }

        return csv.ToString();
    }
}
