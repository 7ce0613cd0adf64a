using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Population;

/// <summary>
/// Reads the council's child population (CSV or XLSX) with columns year, age, sex and population, headers in any
/// case: one row per mid-year estimate, single year of age and sex, as the ONS mid-year estimates give it on Nomis.
/// A year may be written 2023 or mid-2023; an age 7, "Age 7" or "Aged 7", with 0 or "under 1" for children under one;
/// ages above 17 are skipped (the ONS tables run to 90 and over), as are all-persons rows. Each year needs every age
/// from 0 to 17 for Male and Female once. Returns the estimates or, when anything is wrong, the located errors and none.
/// </summary>
public static partial class ChildPopulationReader
{
    private static readonly string[] Required = ["year", "age", "sex", "population"];
    private static readonly string[] AllPersons = ["all persons", "persons", "all", "total"];

    public static ChildPopulation? Read(Stream content, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, NamedColumns.Layout(Required, "the child population"));
        if (table is null)
        {
            return null;
        }

        var columns = NamedColumns.ReadHeader(table, fileName, diagnostics, Required, [], "the child population");
        if (columns is null)
        {
            return null;
        }

        var byYear = new SortedDictionary<int, List<SingleYearPopulation>>();
        var firstRowOf = new Dictionary<(int, int, string), int>();
        while (table.Read())
        {
            var row = new NamedRow(table, columns, fileName, diagnostics);
            if (row.Failed || row.IsBlank || Estimate(row) is not { } found)
            {
                continue;
            }

            var (year, estimate) = found;
            if (firstRowOf.TryGetValue((year, estimate.Age, estimate.Sex), out var first))
            {
                row.Fail("age", $"age {estimate.Age}, {estimate.Sex}, mid-{year} is given twice, first in row {first}; expected each age and sex once a year");
                continue;
            }

            firstRowOf[(year, estimate.Age, estimate.Sex)] = row.RowNumber;
            if (!byYear.TryGetValue(year, out var list))
            {
                byYear[year] = list = [];
            }

            list.Add(estimate);
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (byYear.Count == 0)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, "the child population has no children aged 0 to 17; expected one row per year, age and sex below the header"));
            return null;
        }

        foreach (var (year, estimates) in byYear)
        {
            foreach (var sex in new[] { "Male", "Female" })
            {
                var ages = estimates.Where(e => e.Sex == sex).Select(e => e.Age).ToHashSet();
                var missing = Enumerable.Range(0, ChildAgeBands.OldestChildAge + 1).Where(age => !ages.Contains(age)).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Add(new UploadError(fileName, null, null, null,
                        $"mid-{year} lacks {sex} age{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; every age from 0 to 17 is needed for Male and Female"));
                }
            }
        }

        return diagnostics.HasErrors ? null : new ChildPopulation(byYear.ToDictionary(p => p.Key, p => (IReadOnlyList<SingleYearPopulation>)p.Value), Path.GetFileName(fileName));
    }

    private static (int Year, SingleYearPopulation Estimate)? Estimate(NamedRow row)
    {
        var sexText = row.Text("sex");
        if (AllPersons.Contains(sexText, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        int? year = Year().Match(row.Text("year")) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        if (year is null or < 1990 or > 2100)
        {
            row.Fail("year", $"expected the year of the mid-year estimate, such as 2023 or mid-2023; found {Echo.Quote(row.Text("year"))}");
        }

        var ageText = row.Text("age");
        int? age = Under1().IsMatch(ageText) ? 0 : Age().Match(ageText) is { Success: true } a ? int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        if (age is null)
        {
            row.Fail("age", $"expected a single year of age, such as 7 or Age 7 (0 for under 1); found {Echo.Quote(ageText)}");
        }

        string? sex = null;
        if (DfeCharacteristics.Sex.TryMatch(sexText, out var category) && category.Name is "Male" or "Female")
        {
            sex = category.Name;
        }
        else
        {
            row.Fail("sex", $"expected Male or Female; found {Echo.Quote(sexText)}");
        }

        var populationText = row.Text("population").Replace(",", "", StringComparison.Ordinal);
        if (!long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            row.Fail("population", $"expected a whole number of people, 0 or more; found {Echo.Quote(row.Text("population"))}");
        }

        // Older ages are read (so a wrong one is still reported) but not kept.
        return row.Failed || age > ChildAgeBands.OldestChildAge ? null : (year!.Value, new SingleYearPopulation(age!.Value, sex!, population));
    }

    [GeneratedRegex(@"^(?:mid-?\s*)?(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:aged?\s*)?(\d{1,3})\+?$", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"^(?:aged?\s*)?(?:under\s*1|under\s+one|<\s*1)(?:\s*years?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Under1();
}
