namespace ScrutinyReports.Domain.Periods;

/// <summary>How often an indicator is measured. Quarters and years are financial (April to March).</summary>
public enum Frequency
{
    Monthly,
    Quarterly,
    Annual,
}
