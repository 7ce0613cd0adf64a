using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

internal sealed class LocalReportLedger(SqliteDatabase database) : IReportLedger
{
    private const string Columns = "panel_id, period, version, fingerprint, published_at";

    public Task<ReportVersion?> LatestAsync(string panelId, string period, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM report_version WHERE panel_id = $panel AND period = $period ORDER BY version DESC LIMIT 1",
                null, ("$panel", panelId), ("$period", period));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<ReportVersion>> ListAsync(string panelId, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM report_version WHERE panel_id = $panel ORDER BY period, version", null, ("$panel", panelId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var versions = new List<ReportVersion>();
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add(Read(reader));
            }

            return (IReadOnlyList<ReportVersion>)versions;
        }, cancellationToken);

    public Task RecordAsync(ReportVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return database.UseAsync(async connection =>
        {
            await using var command = connection.Command($"INSERT INTO report_version ({Columns}) VALUES ($panel, $period, $version, $fingerprint, $published)", null,
                ("$panel", version.PanelId), ("$period", version.Period), ("$version", version.Version), ("$fingerprint", version.InputFingerprint),
                ("$published", version.PublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    private static ReportVersion Read(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
        DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
