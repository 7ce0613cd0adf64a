using System.Globalization;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// The demo council's breakdowns, for every month its whole-authority figures cover: re-referrals, assessments within
/// 45 working days and children looked after per 10,000 by its six area teams (which no one has declared, as most
/// councils' uploads arrive), and children looked after by the DfE's age bands and sex. The parts add up to the whole:
/// team numerators and denominators to the authority's, age bands and sexes to its count. In the latest month
/// <see cref="FlaggedTeam"/>'s re-referral rate is set just past its upper 99.8% funnel limit, the story the officers'
/// commentary tells; every other team stays close to the authority's figure. Deterministic.
/// </summary>
internal static class DemoBreakdowns
{
    public const string FlaggedTeam = "East";

    public const string FlaggedIndicator = "REREFERRALS_12M";

    public const string Header = "indicator,period,value,numerator,denominator,status,commentary,breakdown\n";

    // Each team's share of the authority's children (and so of its referrals and assessments) and how far, in
    // percentage points or per cent of the rate, its figures usually sit from the authority's.
    private static readonly (string Name, decimal Share, decimal Lean)[] Teams =
    [
        ("North", 0.23m, -0.6m), ("South", 0.20m, 0.4m), ("East", 0.17m, 0.8m), ("West", 0.15m, -0.3m), ("Central", 0.14m, 0.5m), ("Riverside", 0.11m, -0.9m),
    ];

    // Children looked after in England, 31 March 2019 (DfE, SSDA903): shares by age band and by sex, rounded.
    private static readonly (string Name, decimal Share)[] AgeBands =
        [("Under 1 year", 0.05m), ("1 to 4 years", 0.13m), ("5 to 9 years", 0.18m), ("10 to 15 years", 0.39m), ("16 years and over", 0.25m)];

    private static readonly (string Name, decimal Share)[] Sexes = [("Male", 0.56m), ("Female", 0.44m)];

    /// <summary>The breakdown rows for the whole-authority figures given, keyed by indicator id and period.</summary>
    public static IEnumerable<string> Rows(IReadOnlyDictionary<(string Indicator, ReportingPeriod Period), DemoFigure> whole)
    {
        foreach (var ((id, period), figure) in whole.OrderBy(f => f.Key.Indicator, StringComparer.Ordinal).ThenBy(f => f.Key.Period))
        {
            var rows = id switch
            {
                "REREFERRALS_12M" or "ASSESS_45D" when figure is { Numerator: { } n, Denominator: { } d } =>
                    TeamProportions(id, period, n, d, flagged: id == FlaggedIndicator && period == DemoCouncil.LatestMonth),
                "CLA_RATE" when whole.TryGetValue(("CLA_COUNT", period), out var count) => TeamRates(id, period, (int)count.Value, figure.Value),
                "CLA_COUNT" => Counts(id, period, (int)figure.Value, "age", AgeBands).Concat(Counts(id, period, (int)figure.Value, "sex", Sexes)),
                _ => [],
            };
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<string> TeamProportions(string id, ReportingPeriod period, int numerator, int denominator, bool flagged)
    {
        var denominators = Split(denominator, Teams.Select(t => t.Share).ToArray());
        var percent = 100m * numerator / denominator;
        var numerators = new int[Teams.Length];
        var fixedShare = 0;
        var flaggedAt = Array.FindIndex(Teams, t => t.Name == FlaggedTeam);
        if (flagged)
        {
            // The least count that puts the team a clear point and a half past its upper 99.8% limit.
            var limit = FunnelPlot.ProportionLimits((double)percent, denominators[flaggedAt]).Upper998;
            numerators[flaggedAt] = (int)Math.Ceiling((limit + 1.5) / 100 * denominators[flaggedAt]);
            fixedShare = numerators[flaggedAt];
        }

        var others = Enumerable.Range(0, Teams.Length).Where(i => !flagged || i != flaggedAt).ToArray();
        var expected = others.Select(i => Math.Max(0m, (percent + Teams[i].Lean + Wobble(id, period, i)) * denominators[i] / 100m)).ToArray();
        var split = Split(numerator - fixedShare, expected);
        for (var k = 0; k < others.Length; k++)
        {
            numerators[others[k]] = Math.Min(split[k], denominators[others[k]]);
        }

        for (var i = 0; i < Teams.Length; i++)
        {
            var value = Math.Round(100m * numerators[i] / denominators[i], 1, MidpointRounding.AwayFromZero);
            yield return Row(id, period, value, numerators[i], denominators[i], $"team={Teams[i].Name}");
        }
    }

    // Children looked after in each team over the children living there, so that the teams' counts add up to the
    // authority's count and their populations to the population its rate implies.
    private static IEnumerable<string> TeamRates(string id, ReportingPeriod period, int children, decimal rate)
    {
        var population = (int)Math.Round(children * 10_000m / rate, MidpointRounding.AwayFromZero);
        var populations = Split(population, Teams.Select(t => t.Share).ToArray());
        var counts = Split(children, Teams.Select((t, i) => t.Share * (1m + ((t.Lean + Wobble(id, period, i)) / 25m))).ToArray());
        for (var i = 0; i < Teams.Length; i++)
        {
            var value = Math.Round(10_000m * counts[i] / populations[i], 1, MidpointRounding.AwayFromZero);
            yield return Row(id, period, value, counts[i], populations[i], $"team={Teams[i].Name}");
        }
    }

    private static IEnumerable<string> Counts(string id, ReportingPeriod period, int total, string dimension, (string Name, decimal Share)[] categories)
    {
        var counts = Split(total, categories.Select((c, i) => c.Share * (1m + (Wobble(id + dimension, period, i) / 50m))).ToArray());
        return categories.Select((c, i) => Row(id, period, counts[i], null, null, $"{dimension}={c.Name}"));
    }

    /// <summary>Whole numbers in proportion to <paramref name="weights"/> that add up to exactly <paramref name="total"/> (largest remainders).</summary>
    private static int[] Split(int total, decimal[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => sum == 0 ? 0m : total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[i]++;
        }

        return parts;
    }

    // A repeatable number in [-0.5, 0.5] for a figure and a part (FNV-1a), so that parts move a little month to month.
    private static decimal Wobble(string id, ReportingPeriod period, int part)
    {
        var hash = 2166136261u;
        foreach (var c in $"{id}|{period.Code}|{part}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return ((hash % 1001) / 1000m) - 0.5m;
    }

    private static string Row(string id, ReportingPeriod period, decimal value, int? numerator, int? denominator, string breakdown) =>
        string.Create(CultureInfo.InvariantCulture, $"{id},{period.Code},{value},{numerator},{denominator},validated,,{breakdown}\n");
}

/// <summary>A whole-authority figure as the demo upload gives it: the value as shown and, for a percentage, its counts.</summary>
internal sealed record DemoFigure(decimal Value, int? Numerator, int? Denominator);
