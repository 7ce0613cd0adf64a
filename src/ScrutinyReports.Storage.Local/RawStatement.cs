using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ScrutinyReports.Storage.Local;

/// <summary>
/// A prepared statement driven through SQLite's own API, for the one loop where Microsoft.Data.Sqlite's
/// per-parameter objects cost more than the database work: storing a large upload. Runs inside whatever
/// transaction the connection has open. Not thread-safe.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int MaxCachedTexts = 65_536;
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    // Indicator ids and breakdown names repeat on nearly every row; their UTF-8 is worked out once.
    private readonly Dictionary<string, byte[]> utf8 = new(StringComparer.Ordinal);

    private RawStatement(sqlite3 database, sqlite3_stmt statement)
    {
        this.database = database;
        this.statement = statement;
    }

    public static RawStatement Prepare(SqliteConnection connection, string sql)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(database, raw.sqlite3_prepare_v2(database, sql, out var statement));
        return new RawStatement(database, statement);
    }

    public void Bind(int index, string? text) => Check(database, text is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, text));

    /// <summary>Binds a short text that recurs from row to row.</summary>
    public void BindRepeated(int index, string text)
    {
        if (!utf8.TryGetValue(text, out var bytes))
        {
            bytes = Encoding.UTF8.GetBytes(text);
            if (utf8.Count < MaxCachedTexts)
            {
                utf8[text] = bytes;
            }
        }

        Check(database, raw.sqlite3_bind_text(statement, index, bytes));
    }

    /// <summary>Binds a number as its exact invariant text ("77.50" stays "77.50"), or null.</summary>
    public void Bind(int index, decimal? number)
    {
        if (number is not { } value)
        {
            Check(database, raw.sqlite3_bind_null(statement, index));
            return;
        }

        // Whole numbers (most counts, numerators, denominators) bind as integers; the TEXT column stores the same digits.
        if (value.Scale == 0 && value >= long.MinValue && value <= long.MaxValue)
        {
            Check(database, raw.sqlite3_bind_int64(statement, index, (long)value));
            return;
        }

        Span<byte> text = stackalloc byte[64];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        Check(database, raw.sqlite3_bind_text(statement, index, text[..written]));
    }

    public void Bind(int index, long number) => Check(database, raw.sqlite3_bind_int64(statement, index, number));

    /// <summary>Runs the statement to completion, makes it ready to run again, and returns how many rows it changed.</summary>
    public int Execute()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(database, result);
        }

        return raw.sqlite3_changes(database);
    }

    public void Dispose() => statement.Dispose();

    private static void Check(sqlite3 database, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result);
        }
    }
}
