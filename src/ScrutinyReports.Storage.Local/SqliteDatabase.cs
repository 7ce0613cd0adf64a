using Microsoft.Data.Sqlite;

namespace ScrutinyReports.Storage.Local;

/// <summary>
/// One connection to the store's SQLite file, used by one caller at a time: a SqliteConnection is not
/// thread-safe, so every use goes through <see cref="UseAsync{T}"/>, which serialises callers in this process.
/// Other processes are kept in step by SQLite's own locking (WAL mode, a busy timeout).
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    private SqliteDatabase(SqliteConnection connection) => this.connection = connection;

    public static async Task<SqliteDatabase> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 60 };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;" + SqliteSchema.Create;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (table, column, definition) in SqliteSchema.AddedColumns)
        {
            await AddColumnIfMissingAsync(connection, table, column, definition, cancellationToken);
        }

        return new SqliteDatabase(connection);
    }

    // A store made by an older version keeps its data: a missing column is added, empty, and read as the default.
    private static async Task AddColumnIfMissingAsync(SqliteConnection connection, string table, string column, string definition, CancellationToken cancellationToken)
    {
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
        }

        await using var add = connection.CreateCommand();
        add.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
        await add.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T> UseAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work(connection);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task UseAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken) =>
        UseAsync(async c => { await work(c); return true; }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        gate.Dispose();
    }
}
