using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// Writes the demo council's figures as a long-format CSV upload, the same kind of file an officer sends:
/// every period from September 2017 to September 2019 (quarters and financial years that ended in that window,
/// annual series from the first anchor), passing exactly through the anchor figures with a little deterministic
/// variation between them, and numerators and denominators that agree with each percentage; then the breakdowns of
/// a few of those figures (<see cref="DemoBreakdowns"/>), whose parts add up to them.
/// </summary>
public static class DemoDataGenerator
{
    public const string AnchorsFile = "demo-anchors.csv";

    public static MemoryStream WriteCsv(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var anchors = ReadAnchors(catalogue).ToLookup(anchor => anchor.IndicatorId, StringComparer.OrdinalIgnoreCase);
        var csv = new StringBuilder(DemoBreakdowns.Header);
        var whole = new Dictionary<(string Indicator, ReportingPeriod Period), DemoFigure>();
        foreach (var indicator in catalogue.Indicators)
        {
            var points = anchors[indicator.Id].OrderBy(anchor => anchor.Period).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var last = ReportingPeriod.LatestEndedBy(DemoCouncil.LatestMonth, indicator.Frequency);
            var first = indicator.Frequency == Frequency.Annual ? points[0].Period : ReportingPeriod.LatestEndedBy(DemoCouncil.FirstMonth, indicator.Frequency);
            for (var period = first; period <= last; period = period.Plus(1))
            {
                var isLatest = period == last;
                if (isLatest && DemoCouncil.MissingLatest.Contains(indicator.Id))
                {
                    continue;
                }

                csv.Append(Row(indicator, period, Interpolate(points, period, indicator), isLatest, whole));
            }
        }

        foreach (var row in DemoBreakdowns.Rows(whole))
        {
            csv.Append(row);
        }

        return new MemoryStream(new UTF8Encoding(false).GetBytes(csv.ToString()));
    }

    private static string Row(Indicator indicator, ReportingPeriod period, (decimal Value, int? Denominator) figure, bool isLatest,
        Dictionary<(string Indicator, ReportingPeriod Period), DemoFigure> whole)
    {
        var commentary = isLatest ? DemoCouncil.LatestCommentary.GetValueOrDefault(indicator.Id) : null;
        var quoted = commentary is null ? string.Empty : "\"" + commentary.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        if (isLatest && DemoCouncil.NotYetAvailableLatest.Contains(indicator.Id))
        {
            return $"{indicator.Id},{period.Code},Not yet available,,,,{quoted},\n";
        }

        var status = isLatest && DemoCouncil.ProvisionalLatest.Contains(indicator.Id) ? "provisional" : "validated";
        var value = indicator.Round(figure.Value);
        var numerator = string.Empty;
        var denominator = string.Empty;
        if (indicator.Unit == Unit.Percent && figure.Denominator is { } typical && ConsistentFraction(value, typical, indicator.Decimals) is { } fraction)
        {
            numerator = fraction.Numerator.ToString(CultureInfo.InvariantCulture);
            denominator = fraction.Denominator.ToString(CultureInfo.InvariantCulture);
        }

        whole[(indicator.Id, period)] = new DemoFigure(value, int.TryParse(numerator, CultureInfo.InvariantCulture, out var n) ? n : null, int.TryParse(denominator, CultureInfo.InvariantCulture, out var d) ? d : null);
        return $"{indicator.Id},{period.Code},{value.ToString(CultureInfo.InvariantCulture)},{numerator},{denominator},{status},{quoted},\n";
    }

    // Linear between anchors, flat beyond them, plus a small wobble that is zero at every anchor.
    private static (decimal Value, int? Denominator) Interpolate(List<DemoAnchor> points, ReportingPeriod period, Indicator indicator)
    {
        var denominator = points.Select(p => p.Denominator).FirstOrDefault(d => d is not null);
        var exact = points.FirstOrDefault(p => p.Period == period);
        if (exact is not null)
        {
            return (exact.Value, exact.Denominator ?? denominator);
        }

        var before = points.LastOrDefault(p => p.Period < period) ?? points[0];
        var after = points.FirstOrDefault(p => p.Period > period) ?? points[^1];
        var span = before.Period.PeriodsUntil(after.Period);
        var share = span == 0 ? 0m : (decimal)before.Period.PeriodsUntil(period) / span;
        var value = before.Value + ((after.Value - before.Value) * share);
        var wobble = Wobble(indicator.Id, period) * Scale(indicator, value);
        var result = Math.Max(0m, value + wobble);
        if (indicator.Unit == Unit.Percent)
        {
            result = Math.Min(100m, result);
        }

        return (result, before.Denominator ?? denominator);
    }

    private static decimal Scale(Indicator indicator, decimal value) => indicator.Unit switch
    {
        Unit.Percent => 1.2m,
        Unit.Score => 0.2m,
        _ => Math.Abs(value) * 0.015m,
    };

    // A repeatable number in [-1, 1] for an indicator and period (FNV-1a), so the demo is the same on every machine.
    private static decimal Wobble(string id, ReportingPeriod period)
    {
        var hash = 2166136261u;
        foreach (var c in id + "|" + period.Code)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return ((hash % 2001) / 1000m) - 1m;
    }

    /// <summary>A numerator and a denominator near the typical one whose percentage rounds to the value shown.</summary>
    private static (int Numerator, int Denominator)? ConsistentFraction(decimal value, int typical, int decimals)
    {
        for (var offset = 0; offset <= 40; offset++)
        {
            foreach (var denominator in new[] { typical + offset, typical - offset })
            {
                if (denominator <= 0)
                {
                    continue;
                }

                var numerator = (int)Math.Round(value * denominator / 100m, MidpointRounding.AwayFromZero);
                if (Math.Round((decimal)numerator / denominator * 100m, decimals, MidpointRounding.AwayFromZero) == value)
                {
                    return (numerator, denominator);
                }
            }
        }

        return null;
    }

    private static List<DemoAnchor> ReadAnchors(IndicatorCatalogue catalogue)
    {
        using var content = EmbeddedData.Copy(AnchorsFile);
        using var table = CsvTableReader.Open(content);
        var anchors = new List<DemoAnchor>();
        table.Read();
        while (table.Read())
        {
            var id = table.GetCell(0).Text;
            if (!catalogue.TryGet(id, out var indicator))
            {
                continue;
            }

            var period = ReportingPeriodPattern.Parse(table.GetCell(1).Text, indicator.Frequency);
            var value = decimal.Parse(table.GetCell(2).Text, CultureInfo.InvariantCulture);
            var denominator = int.TryParse(table.GetCell(3).Text, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
            anchors.Add(new DemoAnchor(indicator.Id, period.Success ? period.Value : throw new InvalidOperationException($"Demo anchor {id} has a bad period."), value, denominator));
        }

        return anchors;
    }
}
