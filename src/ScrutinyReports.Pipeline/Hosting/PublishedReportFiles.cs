using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Published reports as a host serves them: a panel's versions from the report ledger, and one version's files.
/// Only versions on record are served, so a request can never name a file outside a recorded version's folder,
/// nor one an interrupted publication left half made.
/// </summary>
public sealed class PublishedReportFiles(IScrutinyStore store)
{
    /// <summary>Names the newest version of a month, wherever a version number is expected.</summary>
    public const string Latest = "latest";

    public Task<IReadOnlyList<ReportVersion>> ListAsync(string panelId, CancellationToken cancellationToken = default) =>
        store.Reports.ListAsync(panelId, cancellationToken);

    /// <summary>The version named "v3", "3" or <see cref="Latest"/> of a panel's month, or null if there is no such version.</summary>
    public async Task<ReportVersion?> FindAsync(string panelId, string period, string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (IsLatest(version))
        {
            return await store.Reports.LatestAsync(panelId, period, cancellationToken);
        }

        var digits = version.StartsWith('v') || version.StartsWith('V') ? version[1..] : version;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (await store.Reports.ListAsync(panelId, cancellationToken)).FirstOrDefault(found => found.Period == period && found.Version == number)
            : null;
    }

    public static bool IsLatest(string version) => string.Equals(version, Latest, StringComparison.OrdinalIgnoreCase);

    /// <summary>The media type of a report file (report.json, report.html, report.pdf, report.xlsx); null for any other name.</summary>
    public static string? ContentTypeOf(string file) => file switch
    {
        ReportFiles.Json => "application/json",
        ReportFiles.Html => "text/html; charset=utf-8",
        ReportFiles.Pdf => "application/pdf",
        ReportFiles.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => null,
    };

    /// <summary>One of a version's files (report.json, report.html, report.pdf, report.xlsx), or null for any other name or a file not there.</summary>
    public Task<Stream?> OpenAsync(ReportVersion version, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return ContentTypeOf(file) is null
            ? Task.FromResult<Stream?>(null)
            : store.Files.OpenReadAsync(Containers.Reports, $"{version.Folder}/{file}", cancellationToken);
    }

    /// <summary>Whether a panel is known: configured in the store, or with reports on record.</summary>
    public async Task<bool> IsKnownPanelAsync(string panelId, CancellationToken cancellationToken = default) =>
        (await store.Panels.ListAsync(cancellationToken)).Any(panel => string.Equals(panel.Id, panelId, StringComparison.Ordinal))
        || (await store.Reports.ListAsync(panelId, cancellationToken)).Count > 0;
}
