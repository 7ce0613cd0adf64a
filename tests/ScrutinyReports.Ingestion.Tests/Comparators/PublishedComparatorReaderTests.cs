using System.Globalization;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class PublishedComparatorReaderTests
{
    // Expected figures for the latest year, read from the real files in data/dfe by hand:
    //   grep -E '^2025,' FILE | grep -E 'National|E12000005,West Midlands,,|,33[56],'
    // (add the filter text to the grep for files with breakdowns). England E92000001, West Midlands E12000005,
    // Wolverhampton 336, Walsall 335. Columns are named after each value.
    //
    // c1 (rereferral_percent): England 22.6, WM 19.5, 336 20.8, 335 19.7.
    // d3 (CPP_subsequent_percent): England 24.5, WM 26.7, 336 22.9, 335 24.5.
    // cla, "Children looked after on 31 March each year" (rate_per_10000): England 67, WM 86, 336 73, 335 81.
    // csww 2025 = year to 30 September 2025 (turnover_rate_fte, agency_rate_fte, vacancy_rate_fte, caseload_fte):
    //   England 11.8, 13, 14.2, 15.2; WM 11.5, 10.4, 14, 15.3; 336 10.8, 9.9, 16.3, 13.8; 335 8.1, 7.7, 8, 11.9.
    // la_care_leavers_activity, 19 to 21 years, "Total in education, employment or training" (care_leaver_percent):
    //   England 54, WM 54, 336 57, 335 51.
    // la_care_leavers_accommodation_suitability, 19 to 21 years, "Accommodation considered suitable": 89, 90, 92, 81.
    // la_cla_placement_stability (children_percent):
    //   "...at least 2.5 years on 31 March aged under 16 years" / "Living with the same carer for at least 2 years": 69, 69, 76, 69;
    //   "CLA on 31 March" / "With 3 or more placements during the year": 10, 10, 10, 9.
    // Derived rates per 10,000, count ÷ ONS 0-17 population of mid-2024 (ons_... '^2024,') × 10,000, to 1 dp:
    //   b1 At31_episodes: England 402400 / 12183016 = 330.296 -> 330.3; WM 46660 / 1351245 = 345.311 -> 345.3;
    //                     336 2917 / 68405 = 426.431 -> 426.4; 335 2939 / 71799 = 409.337 -> 409.3.
    //   d5 CPP_At31:      England 49420 -> 40.565 -> 40.6; WM 5450 -> 40.333 -> 40.3; 336 213 -> 31.138 -> 31.1;
    //                     335 227 -> 31.616 -> 31.6.
    //   c1 referral_count: England 632830 -> 519.436 -> 519.4; WM 62720 -> 464.164 -> 464.2; 336 4451 -> 650.683 -> 650.7;
    //                     335 3355 -> 467.277 -> 467.3.
    [Theory]
    [InlineData("REREFERRALS_12M", "22.6", "19.5", "20.8", "19.7")]
    [InlineData("CP_SECOND_PLAN", "24.5", "26.7", "22.9", "24.5")]
    [InlineData("CLA_RATE", "67", "86", "73", "81")]
    [InlineData("SW_TURNOVER", "11.8", "11.5", "10.8", "8.1")]
    [InlineData("SW_AGENCY", "13", "10.4", "9.9", "7.7")]
    [InlineData("SW_VACANCY", "14.2", "14", "16.3", "8")]
    [InlineData("SW_CASELOAD", "15.2", "15.3", "13.8", "11.9")]
    [InlineData("CL_EET", "54", "54", "57", "51")]
    [InlineData("CL_SUITABLE_ACCOM", "89", "90", "92", "81")]
    [InlineData("PLACEMENT_STABILITY_LT", "69", "69", "76", "69")]
    [InlineData("CLA_PLACEMENT_3PLUS", "10", "10", "10", "9")]
    [InlineData("CIN_RATE", "330.3", "345.3", "426.4", "409.3")]
    [InlineData("CP_RATE", "40.6", "40.3", "31.1", "31.6")]
    [InlineData("REFERRALS_RATE", "519.4", "464.2", "650.7", "467.3")]
    public void Read_LatestYear_GivesEnglandRegionAndAuthorities(string indicatorId, string england, string westMidlands, string wolverhampton, string walsall)
    {
        var figures = DfeData.Figures(indicatorId);
        var latest = figures.Max(f => f.Period);

        Assert.Equal(indicatorId.StartsWith("SW_", StringComparison.Ordinal) ? ReportingPeriod.Month(2025, 9) : ReportingPeriod.FinancialYear(2024), latest);
        AssertFigure(figures, latest, GeographicLevel.National, "E92000001", "England", england);
        AssertFigure(figures, latest, GeographicLevel.Regional, "E12000005", "West Midlands", westMidlands);
        AssertFigure(figures, latest, GeographicLevel.LocalAuthority, "336", "Wolverhampton", wolverhampton);
        AssertFigure(figures, latest, GeographicLevel.LocalAuthority, "335", "Walsall", walsall);
    }

    // Codes carried through the map, found with grep:
    //   SW_TURNOVER: csww 2025 Kensington and Chelsea (207) x, Isles of Scilly (420) z; 2024 Sunderland (394) u.
    //   CLA_RATE: cla 2025 City of London (201) c; Cumbria (909) z.
    //   CIN_RATE (derived): b1 2024 Hampshire (850) u in every column -> the code is carried, not divided.
    //     b1 2019 Bournemouth (837) At31_episodes 1351 but ONS 2018 population x -> not available.
    //   REFERRALS_RATE (derived): c1 2022 Hackney (204) referral_count x.
    [Theory]
    [InlineData("SW_TURNOVER", "2025-09", "207", PublishedValueKind.NotAvailable)]
    [InlineData("SW_TURNOVER", "2025-09", "420", PublishedValueKind.NotApplicable)]
    [InlineData("SW_TURNOVER", "2024-09", "394", PublishedValueKind.LowReliability)]
    [InlineData("CLA_RATE", "2024/25", "201", PublishedValueKind.Suppressed)]
    [InlineData("CLA_RATE", "2024/25", "909", PublishedValueKind.NotApplicable)]
    [InlineData("CIN_RATE", "2023/24", "850", PublishedValueKind.LowReliability)]
    [InlineData("CIN_RATE", "2018/19", "837", PublishedValueKind.NotAvailable)]
    [InlineData("REFERRALS_RATE", "2021/22", "204", PublishedValueKind.NotAvailable)]
    public void Read_PublishedCode_IsCarriedThrough(string indicatorId, string period, string laCode, PublishedValueKind kind)
    {
        var figure = DfeData.Figures(indicatorId).Single(f => f.Level == GeographicLevel.LocalAuthority && f.Code == laCode && f.Period.Code == period);

        Assert.Equal(kind, figure.Value.Kind);
        Assert.Null(figure.Value.Number);
    }

    [Fact]
    public void Read_FiltersToTheMappedBreakdown()
    {
        // cla has three population types per area and year; only "looked after on 31 March" is CLA_RATE.
        // Five years (2021-2025) x (England + 11 regional rows incl. Inner/Outer London + 155 authorities) = 835 rows.
        var figures = DfeData.Figures("CLA_RATE");

        Assert.Equal(835, figures.Count);
        Assert.Single(figures, f => f.Level == GeographicLevel.National && f.Period == ReportingPeriod.FinancialYear(2024));
    }

    [Fact]
    public void Read_MapNamesAColumnTheFileLacks_ThrowsNamingIt()
    {
        var entry = DfeData.Entry("CLA_RATE") with { ValueColumn = "rate_per_100000" };
        using var file = DfeData.Open(entry.File);

        var error = Assert.Throws<UnreadableFileException>(() => PublishedComparatorReader.Read(entry, file).ToList());
        Assert.Contains("rate_per_100000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DerivedRateWithoutDenominatorFile_Throws()
    {
        var entry = DfeData.Entry("CIN_RATE");
        using var file = DfeData.Open(entry.File);

        Assert.Throws<ArgumentException>(() => PublishedComparatorReader.Read(entry, file));
    }

    private static void AssertFigure(IReadOnlyList<PublishedFigure> figures, ReportingPeriod period, GeographicLevel level, string code, string name, string expected)
    {
        var figure = Assert.Single(figures, f => f.Period == period && f.Level == level && f.Code == code);
        Assert.Equal(name, figure.Name);
        Assert.Equal(PublishedValueKind.Number, figure.Value.Kind);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), figure.Value.Number);
    }
}
