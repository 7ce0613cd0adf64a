using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Tests.Reports.Breakdowns;

/// <summary>
/// A council's upload as the end-to-end breakdown test sends it: 24 months (October 2017 to September 2019) of five
/// built-in indicators for the whole authority and eight teams nobody declared, and children looked after by age band
/// and sex. Every team sits within a point or so of the authority's figure except <see cref="FlaggedTeam"/>'s
/// re-referrals in the latest month, set far above; every dimension's parts add up to the authority's figure. In the
/// latest month two cells are small enough to suppress in public: <see cref="SmallTeam"/>'s assessments (3 of 4)
/// and the under-ones looked after (3).
/// </summary>
internal static class BreakdownPackUpload
{
    public static readonly ReportingPeriod Latest = ReportingPeriod.Month(2019, 9);

    public const string FlaggedTeam = "Team 3";

    public const string FlaggedIndicator = "REREFERRALS_12M";

    public const string SmallTeam = "Team 12";

    /// <summary>Renumbered teams, so that a natural order (Team 7 before Team 12) differs from an alphabetical one.</summary>
    public static readonly string[] Teams = ["Team 1", "Team 2", "Team 3", "Team 4", "Team 5", "Team 6", "Team 7", "Team 12"];

    private static readonly decimal[] Shares = [0.18m, 0.16m, 0.15m, 0.14m, 0.12m, 0.11m, 0.08m, 0.06m];

    // Percentages: indicator, the authority's usual denominator and percentage.
    private static readonly (string Id, int Denominator, decimal Percent)[] Percentages =
        [("REREFERRALS_12M", 3400, 22m), ("ASSESS_45D", 260, 82m), ("CIN_SEEN_5D", 250, 78m)];

    private static readonly (string Name, decimal Share)[] AgeBands =
        [("Under 1 year", 0.05m), ("1 to 4 years", 0.13m), ("5 to 9 years", 0.18m), ("10 to 15 years", 0.39m), ("16 years and over", 0.25m)];

    public static string Csv()
    {
        var csv = new StringBuilder("indicator,period,value,numerator,denominator,status,breakdown\n");
        for (var period = Latest.Plus(-23); period <= Latest; period = period.Plus(1))
        {
            var m = period.Start.Month;
            var latest = period == Latest;
            foreach (var (id, usual, percent) in Percentages)
            {
                var parts = Teams.Select((team, t) =>
                {
                    var d = (int)Math.Round(usual * Shares[t]) + (m % 3);
                    var p = percent + (((t % 3) - 1) * 0.8m);
                    if (latest && id == "ASSESS_45D" && team == SmallTeam)
                    {
                        return (team, 3, 4);
                    }

                    if (latest && id == FlaggedIndicator && team == FlaggedTeam)
                    {
                        p = 40m;
                    }

                    return (team, (int)Math.Round(d * p / 100m, MidpointRounding.AwayFromZero), d);
                }).ToList();
                Append(csv, id, period, Percent(parts.Sum(x => x.Item2), parts.Sum(x => x.Item3)), parts.Sum(x => x.Item2), parts.Sum(x => x.Item3), string.Empty);
                foreach (var (team, n, d) in parts)
                {
                    Append(csv, id, period, Percent(n, d), n, d, $"team={team}");
                }
            }

            // Children looked after: a count by team, age band and sex, and per 10,000 children by team.
            var populations = Teams.Select((_, t) => (int)Math.Round(60_000 * Shares[t])).ToArray();
            var children = populations.Select((population, t) => (int)Math.Round(population * (0.0100m + (((t % 3) - 1) * 0.0003m)) + (m % 4))).ToArray();
            var count = children.Sum();
            Append(csv, "CLA_COUNT", period, count, null, null, string.Empty);
            Append(csv, "CLA_RATE", period, Rate(count, populations.Sum()), count, populations.Sum(), string.Empty);
            for (var t = 0; t < Teams.Length; t++)
            {
                Append(csv, "CLA_COUNT", period, children[t], null, null, $"team={Teams[t]}");
                Append(csv, "CLA_RATE", period, Rate(children[t], populations[t]), children[t], populations[t], $"team={Teams[t]}");
            }

            var infants = latest ? 3 : (int)Math.Round(count * AgeBands[0].Share);
            var bands = AgeBands.Skip(1).Select(b => (int)Math.Round(count * b.Share)).ToList();
            bands[^1] += count - infants - bands.Sum();
            Append(csv, "CLA_COUNT", period, infants, null, null, $"age={AgeBands[0].Name}");
            for (var b = 0; b < bands.Count; b++)
            {
                Append(csv, "CLA_COUNT", period, bands[b], null, null, $"age={AgeBands[b + 1].Name}");
            }

            var boys = (int)Math.Round(count * 0.56m);
            Append(csv, "CLA_COUNT", period, boys, null, null, "sex=Male");
            Append(csv, "CLA_COUNT", period, count - boys, null, null, "sex=Female");
        }

        return csv.ToString();
    }

    public const string Panel = """
        {
          "id": "cyp", "name": "Children and Young People Scrutiny Panel", "audience": "public",
          "breakdowns": [
            { "indicator": "REREFERRALS_12M", "dimensions": ["team"] },
            { "indicator": "ASSESS_45D", "dimensions": ["team"] },
            { "indicator": "CIN_SEEN_5D", "dimensions": ["team"] },
            { "indicator": "CLA_RATE", "dimensions": ["team"] },
            { "indicator": "CLA_COUNT", "dimensions": ["team", "age", "sex"] }
          ]
        }
        """;

    private static decimal Percent(int numerator, int denominator) => Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    private static decimal Rate(int numerator, int denominator) => Math.Round(10_000m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    private static void Append(StringBuilder csv, string id, ReportingPeriod period, decimal value, int? numerator, int? denominator, string breakdown) =>
        csv.Append(CultureInfo.InvariantCulture, $"{id},{period.Code},{value},{numerator},{denominator},validated,{breakdown}\n");
}
