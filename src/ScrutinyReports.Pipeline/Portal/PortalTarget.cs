namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Where the reports portal is written: a container of the store's files, and whether internal-audience reports
/// belong there. A portal that anyone can read must leave <see cref="IncludeInternal"/> false.
/// </summary>
public sealed record PortalTarget(string Container, bool IncludeInternal)
{
    /// <summary>The local store's <c>site/</c> folder, for officers on the machine: every report, internal ones too.</summary>
    public static PortalTarget Local { get; } = new("site", IncludeInternal: true);

    /// <summary>Azure Storage's static website container: public-audience reports only.</summary>
    public static PortalTarget PublicWebsite { get; } = new("$web", IncludeInternal: false);
}
