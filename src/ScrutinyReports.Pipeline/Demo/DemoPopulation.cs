using System.Globalization;
using System.Text;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// An ILLUSTRATIVE child population for the fictional Northbridge council: made-up mid-year figures by single year
/// of age 0 to 17 and sex for mid-2017 to mid-2019, about 3,000 children a year of age, slightly more boys than girls
/// (as in England). They are not ONS estimates and describe no real place; they exist so that the demo's children in
/// care by age band and sex can show the comparison with the child population. A council imports its own, from the
/// ONS mid-year estimates on Nomis, with <c>scrutiny population import</c>. Deterministic.
/// </summary>
internal static class DemoPopulation
{
    public const string FileName = "northbridge-child-population-ILLUSTRATIVE-not-ONS.csv";

    public static MemoryStream WriteCsv()
    {
        var csv = new StringBuilder("year,age,sex,population\n");
        for (var year = 2017; year <= 2019; year++)
        {
            for (var age = 0; age <= 17; age++)
            {
                // Younger cohorts a little smaller (falling births), and each year a little larger than the last.
                var children = 3_000m * (1 + (0.006m * (age - 8))) * (1 + (0.004m * (year - 2017)));
                var boys = (int)Math.Round(children * 0.512m, MidpointRounding.AwayFromZero);
                var girls = (int)Math.Round(children * 0.488m, MidpointRounding.AwayFromZero);
                csv.Append(CultureInfo.InvariantCulture, $"{year},{age},Male,{boys}\n");
                csv.Append(CultureInfo.InvariantCulture, $"{year},{age},Female,{girls}\n");
            }
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
