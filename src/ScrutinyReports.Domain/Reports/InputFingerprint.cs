using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Reports;

/// <summary>
/// A SHA-256 digest of everything a report is made from: the panel, the month, each indicator's definition and
/// every figure its analysis used. Two reports with the same fingerprint say the same thing.
/// </summary>
public static class InputFingerprint
{
    public static string Of(Panel panel, ReportingPeriod reportMonth, IndicatorCatalogue catalogue, IEnumerable<IndicatorEntry> entries, string? snModel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(entries);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Everything on the cover sheet counts: a corrected recommendation is a new version too. Who may read the
        // report (its readers' groups), and who is told of overdue follow-up (its chair), are not on it.
        Append(hash, $"panel|{System.Text.Json.JsonSerializer.Serialize(panel with { Readers = null, Chair = null, ChairOverdueDays = null })}|{reportMonth.Code}|{snModel}");
        foreach (var entry in entries)
        {
            var analysis = entry.Analysis;
            var i = analysis.Indicator;
            Append(hash, $"indicator|{i.Id}|{i.Name}|{i.Theme}|{i.Unit}|{i.Polarity}|{i.Frequency}|{i.Decimals}|{i.Target?.Text}|{Number(i.Tolerance)}|{i.Definition}");
            foreach (var point in analysis.History.Select(point => point.Observation)
                         .Concat(analysis.Outturns.Select(outturn => outturn.Observation))
                         .Append(analysis.Previous.Earlier).Append(analysis.YearAgo.Earlier).OfType<Observation>().Distinct())
            {
                Append(hash, $"figure|{point.IndicatorId}|{point.Period.Code}|{point.Status}|{Number(point.Value)}|{Number(point.Numerator)}|{Number(point.Denominator)}|{point.Commentary}");
            }

            foreach (var comparator in entry.Benchmark.Comparators)
            {
                Append(hash, $"comparator|{comparator.Kind}|{comparator.Name}|{comparator.Period.Code}|{Number(comparator.Value)}|{comparator.N}|{comparator.LeftOut}|{comparator.State}");
            }

            // Nothing is added for an indicator without breakdowns, so reports made before they existed keep their fingerprints.
            foreach (var section in entry.Breakdowns)
            {
                Append(hash, $"breakdown|{i.Id}|{section.Dimension}|{section.Period.Code}|{section.PreviousPeriod.Code}|{section.Funnel?.Target.ToString("R", CultureInfo.InvariantCulture)}");
                foreach (var row in section.Categories)
                {
                    Append(hash, $"cell|{row.Category}|{row.Status}|{Number(row.Value)}|{Number(row.Numerator)}|{Number(row.Denominator)}|{Number(row.Change)}|{row.Protection}|{row.Flag}");
                }
            }

            // An SPC chart reads further back than the trend, and its baselines follow the declared changes of process.
            if (entry.Spc is { } spc)
            {
                Append(hash, $"spc|{i.ProcessChanges.Text}|{string.Join('|', spc.Points.Select(point => $"{point.Period.Code}={Number(point.Value)}"))}");
            }

            if (entry.Benchmark.Position is { } position)
            {
                Append(hash, $"position|{position.Period.Code}|{position.Band}|{position.Rank}|{position.Count}");
            }

            if (entry.Benchmark.AmongAuthorities?.Distribution is { } distribution)
            {
                Append(hash, $"distribution|{distribution.Period.Code}|{distribution.Count}|{string.Join('|', distribution.FiveNumbers.Select(n => Number(n)))}");
            }
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
