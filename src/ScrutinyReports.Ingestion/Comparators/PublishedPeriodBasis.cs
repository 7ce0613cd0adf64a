namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// What a published file's time_period means, which decides the reporting period its figures belong to.
/// Written in the comparator map as <c>year_to_march</c> (the default) or <c>year_to_september</c>.
/// </summary>
public enum PublishedPeriodBasis
{
    /// <summary>
    /// The year to 31 March: "2025" (a reporting year) and "202425" both mean 1 April 2024 to 31 March 2025, the
    /// financial year 2024/25; snapshots "at 31 March 2025" belong to that year too.
    /// </summary>
    YearToMarch,

    /// <summary>
    /// The year to 30 September, as the children's social work workforce census counts it: "2025" means the
    /// 12 months to 30 September 2025 and the snapshot at that date, so the period is the month September 2025.
    /// </summary>
    YearToSeptember,
}
