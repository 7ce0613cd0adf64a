using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class ChildAgeBandsTests
{
    private static readonly string[] Sexes = ["Female", "Male"];

    // Girls aged a: 100 + a; boys: 200 + a. Under 1: 100 and 200; 1 to 4: 400 + 10 = 410 and 810; 5 to 9: 500 + 35 = 535
    // and 1,035; 10 to 15: 600 + 75 = 675 and 1,275; 16 to 17: 200 + 33 = 233 and 433. Ages 18 and 90 are not children.
    [Fact]
    public void Aggregate_SumsSingleYearsIntoDfeBandsBySex()
    {
        var estimates = Sexes
            .SelectMany(sex => Enumerable.Range(0, 19).Append(90).Select(age => new SingleYearPopulation(age, sex, (sex == "Female" ? 100 : 200) + age)))
            .Reverse();

        var bands = ChildAgeBands.Aggregate(estimates);

        Assert.Equal(
            [
                "Under 1 year Male 200", "Under 1 year Female 100", "1 to 4 years Male 810", "1 to 4 years Female 410",
                "5 to 9 years Male 1035", "5 to 9 years Female 535", "10 to 15 years Male 1275", "10 to 15 years Female 675",
                "16 years and over Male 433", "16 years and over Female 233",
            ],
            bands.Select(b => $"{b.Band.Label} {b.Sex} {b.Count}"));
    }

    [Fact]
    public void Dfe_CoversEveryChildAgeOnce()
    {
        Assert.All(Enumerable.Range(0, 18), age => Assert.Single(ChildAgeBands.Dfe, band => band.Contains(age)));
        Assert.DoesNotContain(ChildAgeBands.Dfe, band => band.Contains(18));
    }

    [Fact]
    public void Aggregate_MissingAge_IsRefusedNamingIt()
    {
        var estimates = Enumerable.Range(0, 18).Where(age => age is not (4 or 11)).Select(age => new SingleYearPopulation(age, "Female", 10));

        var error = Assert.Throws<ArgumentException>(() => ChildAgeBands.Aggregate(estimates));

        Assert.Contains("Female lack ages 4, 11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_RepeatedAge_IsRefused()
    {
        var estimates = Enumerable.Range(0, 18).Select(age => new SingleYearPopulation(age, "Male", 10)).Append(new SingleYearPopulation(7, "male", 3));

        var error = Assert.Throws<ArgumentException>(() => ChildAgeBands.Aggregate(estimates));

        Assert.Contains("Age 7, male, is given twice", error.Message, StringComparison.Ordinal);
    }
}
