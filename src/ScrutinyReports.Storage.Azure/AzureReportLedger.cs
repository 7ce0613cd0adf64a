using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Published report versions. PartitionKey is the escaped panel id; RowKey "{period}|{int.MaxValue - version:D10}",
/// so a period's versions are one prefix with the latest first, and the latest is a one-entity query.
/// Recording is an insert, which fails if the version is taken.
/// </summary>
internal sealed class AzureReportLedger(StorageResources resources) : IReportLedger
{
    public async Task<ReportVersion?> LatestAsync(string panelId, string period, CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Reports, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.EscapePart(panelId))} and {TableKeys.StartsWith("RowKey", PeriodPrefix(period))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return Read(entity);
        }

        return null;
    }

    public async Task<IReadOnlyList<ReportVersion>> ListAsync(string panelId, CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Reports, cancellationToken);
        var versions = new List<ReportVersion>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(TableKeys.EscapePart(panelId))}", cancellationToken: cancellationToken))
        {
            versions.Add(Read(entity));
        }

        return [.. versions.OrderBy(v => v.Period, StringComparer.Ordinal).ThenBy(v => v.Version)];
    }

    public async Task RecordAsync(ReportVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var table = await resources.TableAsync(StoreTables.Reports, cancellationToken);
        var entity = new TableEntity(TableKeys.EscapePart(version.PanelId), PeriodPrefix(version.Period) + (int.MaxValue - version.Version).ToString("D10", CultureInfo.InvariantCulture))
        {
            ["PanelId"] = version.PanelId,
            ["Period"] = version.Period,
            ["Version"] = version.Version,
            ["Fingerprint"] = version.InputFingerprint,
            ["PublishedAt"] = version.PublishedAt.ToUniversalTime(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A retried request may have stored this very version already; any other holder of the number is a conflict.
            var stored = await table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (Read(stored.Value) != version)
            {
                throw new InvalidOperationException($"Version {version.Version} of the {version.PanelId} report for {version.Period} is already recorded.", ex);
            }
        }
    }

    private static string PeriodPrefix(string period) => TableKeys.EscapePart(period) + TableKeys.Separator;

    private static ReportVersion Read(TableEntity entity) => new(
        entity.GetString("PanelId"),
        entity.GetString("Period"),
        entity.GetInt32("Version")!.Value,
        entity.GetString("Fingerprint"),
        entity.GetDateTimeOffset("PublishedAt")!.Value);
}
