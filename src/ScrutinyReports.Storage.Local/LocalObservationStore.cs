using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>
/// Observations in SQLite. A commit is one transaction: the upload's ledger row and all its figures, or nothing.
/// New figures take the fast path, a plain insert. Only when a figure for the same indicator, period and
/// breakdown is already stored does the store compare upload order: a later upload's figure replaces the stored
/// one, which is first copied to observation_revision; an earlier upload's figure goes to the revisions as it is.
/// </summary>
internal sealed class LocalObservationStore(SqliteDatabase database) : IObservationStore
{
    private const string Values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12";
    private const string SameKey = "breakdown = ?1 AND indicator = ?2 AND frequency = ?3 AND period = ?4";

    private const string InsertNew = $"INSERT INTO observation_current VALUES ({Values}) ON CONFLICT DO NOTHING";

    private const string KeepReplaced = $"""
        INSERT INTO observation_revision
        SELECT *, ?12 FROM observation_current WHERE {SameKey} AND (upload_ticks, upload_key) < (?11, ?12)
        """;

    private const string Replace = $"""
        UPDATE observation_current SET period_end = ?5, value = ?6, status = ?7, numerator = ?8, denominator = ?9, commentary = ?10,
            upload_ticks = ?11, upload_key = ?12
        WHERE {SameKey}
        """;

    private const string KeepOutdated = $"INSERT INTO observation_revision VALUES ({Values}, NULL)";

    public Task<CommitResult> CommitAsync(UploadRecord upload, IEnumerable<Observation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(observations);
        return database.UseAsync(connection => Task.FromResult(Commit(connection, upload, observations, cancellationToken)), cancellationToken);
    }

    public Task<IReadOnlyList<Observation>> ReadCurrentAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Indicators is { Count: 0 })
        {
            return Task.FromResult<IReadOnlyList<Observation>>([]);
        }

        return database.UseAsync(async connection =>
        {
            // The primary key leads with breakdown and indicator, so naming indicators makes the read one key range each.
            var indicators = query.Indicators?.Distinct(StringComparer.Ordinal).ToList();
            var only = indicators is null ? string.Empty : $" AND indicator IN ({string.Join(", ", indicators.Select((_, i) => $"$i{i}"))})";
            await using var command = connection.Command(
                "SELECT indicator, frequency, period, value, status, numerator, denominator, commentary, breakdown FROM observation_current WHERE breakdown = $breakdown AND period_end BETWEEN $from AND $to" + only,
                null, [("$breakdown", query.Breakdown), ("$from", PeriodColumns.DateNumber(query.From)), ("$to", PeriodColumns.DateNumber(query.To)),
                    .. (indicators ?? []).Select((id, i) => ($"$i{i}", (object?)id))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var result = new List<Observation>();
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(ReadObservation(reader, 0));
            }

            return (IReadOnlyList<Observation>)result;
        }, cancellationToken);
    }

    // A skip scan down the primary key, whose first column is the breakdown: one index seek per distinct key.
    public Task<IReadOnlyList<string>> ListBreakdownsAsync(CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command("""
                WITH RECURSIVE stored(breakdown) AS (
                    SELECT MIN(breakdown) FROM observation_current WHERE breakdown > ''
                    UNION ALL
                    SELECT (SELECT MIN(breakdown) FROM observation_current WHERE breakdown > stored.breakdown) FROM stored WHERE stored.breakdown IS NOT NULL)
                SELECT breakdown FROM stored WHERE breakdown IS NOT NULL
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var result = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(reader.GetString(0));
            }

            return (IReadOnlyList<string>)result;
        }, cancellationToken);

    public async Task<IReadOnlyList<ObservationRevision>> ReadHistoryAsync(string indicatorId, ReportingPeriod period, string breakdown, CancellationToken cancellationToken = default) =>
        (await ReadHistoriesAsync(indicatorId, [period], breakdown, cancellationToken))[period];

    // One statement for all the periods: a report asks for about fifteen per indicator, and a statement per period cost
    // more in preparing and running statements than in reading the rows.
    public Task<IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>> ReadHistoriesAsync(string indicatorId,
        IReadOnlyCollection<ReportingPeriod> periods, string breakdown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var wanted = periods.Distinct().ToList();
        var histories = wanted.ToDictionary(period => period, _ => new List<ObservationRevision>());
        if (wanted.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>>(new Dictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>());
        }

        return database.UseAsync(async connection =>
        {
            var keys = string.Join(", ", wanted.Select((_, i) => $"($f{i}, $p{i})"));
            var same = $"breakdown = $breakdown AND indicator = $indicator AND (frequency, period) IN (VALUES {keys})";
            await using var command = connection.Command($"""
                SELECT o.indicator, o.frequency, o.period, o.value, o.status, o.numerator, o.denominator, o.commentary, o.breakdown, o.upload_ticks, u.id, o.current
                FROM (SELECT *, 0 AS current FROM observation_revision WHERE {same}
                      UNION ALL
                      SELECT *, NULL, 1 FROM observation_current WHERE {same}) AS o
                JOIN upload AS u ON u.key = o.upload_key
                ORDER BY o.upload_ticks, o.upload_key
                """, null, [("$breakdown", breakdown), ("$indicator", indicatorId),
                    .. wanted.SelectMany((period, i) => new (string, object?)[] { ($"$f{i}", (int)period.Frequency), ($"$p{i}", PeriodColumns.Key(period)) })]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var observation = ReadObservation(reader, 0);
                histories[observation.Period].Add(new ObservationRevision(observation, reader.GetString(10), new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero), reader.GetInt32(11) == 1));
            }

            return (IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<ObservationRevision>>)histories.ToDictionary(h => h.Key, h => (IReadOnlyList<ObservationRevision>)h.Value);
        }, cancellationToken);
    }

    private static CommitResult Commit(SqliteConnection connection, UploadRecord upload, IEnumerable<Observation> observations, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var existing = connection.Command("SELECT outcome FROM upload WHERE id = $id", transaction, ("$id", upload.Id)))
        {
            if (existing.ExecuteScalar() is "Accepted")
            {
                return CommitResult.Duplicate;
            }
        }

        using var insertNew = RawStatement.Prepare(connection, InsertNew);
        using var keepReplaced = RawStatement.Prepare(connection, KeepReplaced);
        using var replace = RawStatement.Prepare(connection, Replace);
        using var keepOutdated = RawStatement.Prepare(connection, KeepOutdated);
        var ticks = upload.ReceivedAt.UtcTicks;
        var key = UploadKeys.Of(upload.Id);
        long added = 0, superseded = 0, late = 0, sinceCheck = 0;
        foreach (var observation in observations)
        {
            if (++sinceCheck == 4096)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sinceCheck = 0;
            }

            Bind(insertNew, observation, ticks, key);
            if (insertNew.Execute() == 1)
            {
                added++;
                continue;
            }

            Bind(keepReplaced, observation, ticks, key);
            if (keepReplaced.Execute() == 1)
            {
                Bind(replace, observation, ticks, key);
                replace.Execute();
                superseded++;
            }
            else
            {
                Bind(keepOutdated, observation, ticks, key);
                keepOutdated.Execute();
                late++;
            }
        }

        var recorded = upload with { Outcome = UploadOutcome.Accepted, ObservationCount = added + superseded + late, Errors = [] };
        using (var ledger = LocalUploadLedger.UpsertCommand(connection, transaction, recorded))
        {
            ledger.ExecuteNonQuery();
        }

        transaction.Commit();
        return new CommitResult(false, added, superseded, late);
    }

    private static void Bind(RawStatement statement, Observation observation, long ticks, long key)
    {
        statement.BindRepeated(1, observation.Breakdown);
        statement.BindRepeated(2, observation.IndicatorId);
        statement.Bind(3, (int)observation.Period.Frequency);
        statement.Bind(4, PeriodColumns.Key(observation.Period));
        statement.Bind(5, PeriodColumns.End(observation.Period));
        statement.Bind(6, observation.Value);
        statement.Bind(7, (int)observation.Status);
        statement.Bind(8, observation.Numerator);
        statement.Bind(9, observation.Denominator);
        statement.Bind(10, observation.Commentary);
        statement.Bind(11, ticks);
        statement.Bind(12, key);
    }

    private static decimal? Number(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : decimal.Parse(reader.GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static Observation ReadObservation(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        PeriodColumns.Read(reader.GetInt32(first + 1), reader.GetInt32(first + 2)),
        reader.GetString(first + 8),
        Number(reader, first + 3),
        (ObservationStatus)reader.GetInt32(first + 4),
        Number(reader, first + 5),
        Number(reader, first + 6),
        reader.NullableString(first + 7));
}
