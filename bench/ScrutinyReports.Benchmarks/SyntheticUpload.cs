using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Benchmarks;

/// <summary>
/// Writes a long-format upload of indicators x months x breakdowns, streamed to disk, with numerators and
/// denominators on percentage rows so every ingest check runs. Deterministic for a given shape.
/// </summary>
internal static class SyntheticUpload
{
    public static long Write(string path, IndicatorCatalogue catalogue, int months, int breakdowns)
    {
        var first = ReportingPeriod.Month(2015, 10);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("indicator,period,value,numerator,denominator,status,breakdown\n");
        long rows = 0;
        var random = new Random(20191023);
        foreach (var indicator in catalogue.Indicators)
        {
            for (var m = 0; m < months; m++)
            {
                var period = first.Plus(m).Code;
                for (var b = 0; b < breakdowns; b++)
                {
                    var breakdown = b == 0 ? string.Empty : $"Team {b:D2}";
                    if (indicator.Unit == Unit.Percent)
                    {
                        var denominator = 200 + random.Next(200);
                        var numerator = random.Next(denominator + 1);
                        var value = Math.Round((decimal)numerator / denominator * 100m, 1, MidpointRounding.AwayFromZero);
                        writer.Write($"{indicator.Id},{period},{value.ToString(CultureInfo.InvariantCulture)},{numerator},{denominator},validated,{breakdown}\n");
                    }
                    else
                    {
                        writer.Write($"{indicator.Id},{period},{random.Next(50, 900).ToString(CultureInfo.InvariantCulture)},,,validated,{breakdown}\n");
                    }

                    rows++;
                }
            }
        }

        return rows;
    }
}
