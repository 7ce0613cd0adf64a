namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// The geographic levels of a published file that give comparators. Explore Education Statistics files may carry
/// other levels (local authority district, constituency...); rows at those levels are not comparators.
/// </summary>
public enum GeographicLevel
{
    /// <summary>England; the area code is the country code, E92000001.</summary>
    National,

    /// <summary>A region such as the West Midlands (E12000005), or Inner or Outer London; the code is region_code.</summary>
    Regional,

    /// <summary>A local authority; the code is its 3-digit DfE number (old_la_code), such as 336 for Wolverhampton.</summary>
    LocalAuthority,
}
