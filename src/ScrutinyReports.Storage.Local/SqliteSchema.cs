namespace ScrutinyReports.Storage.Local;

/// <summary>
/// The local store's tables. Current figures are keyed (breakdown, indicator, frequency, period) so the
/// whole-authority rows a report reads are one contiguous range; every replaced or late-arriving figure is kept in
/// observation_revision (the store copies a figure there before replacing it), so none is ever lost.
/// A figure names its upload by two integers, the upload's received time in ticks and its key (the first 64 bits
/// of its content hash), which together give upload order and keep a million-row table small.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS indicator (
            position INTEGER NOT NULL, id TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, name TEXT NOT NULL, theme TEXT NOT NULL,
            unit TEXT NOT NULL, polarity TEXT NOT NULL, frequency TEXT NOT NULL, decimals INTEGER NOT NULL,
            target TEXT, tolerance TEXT NOT NULL, definition TEXT NOT NULL, measure_window TEXT, process_changes TEXT);
        CREATE TABLE IF NOT EXISTS breakdown_dimension (position INTEGER NOT NULL, name TEXT NOT NULL PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS observation_current (
            breakdown TEXT NOT NULL, indicator TEXT NOT NULL, frequency INTEGER NOT NULL, period INTEGER NOT NULL,
            period_end INTEGER NOT NULL, value TEXT, status INTEGER NOT NULL, numerator TEXT, denominator TEXT, commentary TEXT,
            upload_ticks INTEGER NOT NULL, upload_key INTEGER NOT NULL,
            PRIMARY KEY (breakdown, indicator, frequency, period)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS observation_revision (
            breakdown TEXT NOT NULL, indicator TEXT NOT NULL, frequency INTEGER NOT NULL, period INTEGER NOT NULL,
            period_end INTEGER NOT NULL, value TEXT, status INTEGER NOT NULL, numerator TEXT, denominator TEXT, commentary TEXT,
            upload_ticks INTEGER NOT NULL, upload_key INTEGER NOT NULL, superseded_by INTEGER);
        CREATE INDEX IF NOT EXISTS observation_revision_key ON observation_revision (breakdown, indicator, frequency, period);
        DROP TRIGGER IF EXISTS observation_keep_revision;
        CREATE TABLE IF NOT EXISTS upload (
            id TEXT NOT NULL PRIMARY KEY, key INTEGER NOT NULL UNIQUE, file_name TEXT NOT NULL, received_at TEXT NOT NULL, uploader TEXT,
            outcome TEXT NOT NULL, observation_count INTEGER NOT NULL, errors TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS report_version (
            panel_id TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL, fingerprint TEXT NOT NULL, published_at TEXT NOT NULL,
            PRIMARY KEY (panel_id, period, version));
        CREATE TABLE IF NOT EXISTS panel (id TEXT NOT NULL PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS follow_up_item (panel_id TEXT NOT NULL, ref TEXT NOT NULL COLLATE NOCASE, json TEXT NOT NULL, PRIMARY KEY (panel_id, ref));
        CREATE TABLE IF NOT EXISTS follow_up_entry (
            panel_id TEXT NOT NULL, ref TEXT NOT NULL COLLATE NOCASE, sequence INTEGER NOT NULL, status TEXT NOT NULL, update_text TEXT NOT NULL,
            date TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (panel_id, ref, sequence));
        CREATE TABLE IF NOT EXISTS notification (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, payload TEXT NOT NULL, completed INTEGER NOT NULL DEFAULT 0);
        """;

    /// <summary>Columns added since a store could first have been created; added to older stores when they open.</summary>
    public static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("indicator", "measure_window", "TEXT"),
        ("indicator", "process_changes", "TEXT"),
    ];
}
