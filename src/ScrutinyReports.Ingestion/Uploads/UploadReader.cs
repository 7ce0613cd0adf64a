using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Reads an upload (CSV or XLSX, long or wide format) into observations, streaming: one row in memory at a time.
/// Every problem is added to the diagnostics with its location; a row with a problem yields nothing. Callers that
/// need all-or-nothing read once to check and again to store. Thread-safe: each call keeps its own state.
/// Breakdowns are read as <see cref="BreakdownText"/> says, checked against <paramref name="dimensions"/> (the DfE
/// characteristics when none are given), and stored in their canonical form (<see cref="Breakdown.StoredText"/>).
/// </summary>
public sealed class UploadReader(IndicatorCatalogue catalogue, BreakdownDimensions? dimensions = null)
{
    private readonly BreakdownDimensions dimensions = dimensions ?? BreakdownDimensions.BuiltIn;

    /// <summary>The most characters a row's commentary may hold.</summary>
    public const int MaxCommentaryLength = 2_000;

    /// <summary>The most characters a breakdown or a comparator's name may hold.</summary>
    public const int MaxNameLength = 200;

    private const int CancellationCheckInterval = 4096;

    public IEnumerable<Observation> Read(Stream content, string fileName, UploadDiagnostics diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ReadRows(content, fileName, diagnostics, cancellationToken);
    }

    private IEnumerable<Observation> ReadRows(Stream content, string fileName, UploadDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, UploadLayoutDetector.SheetLayout);
        if (table is null)
        {
            yield break;
        }

        var layout = ReadLayout(table, fileName, diagnostics);
        if (layout is null)
        {
            yield break;
        }

        var rows = new UploadRowReader(catalogue, dimensions, fileName, diagnostics);
        var sinceCheck = 0;
        var any = false;
        while (NextRow(table, fileName, diagnostics))
        {
            if (++sinceCheck == CancellationCheckInterval)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sinceCheck = 0;
            }

            if (IsBlankRow(table))
            {
                continue;
            }

            any = true;
            if (!CellsCalculated(table, layout, rows))
            {
                continue;
            }

            var observations = layout.IsWide ? WideRow(table, layout, rows) : LongRow(table, layout, rows);
            foreach (var observation in observations)
            {
                yield return observation;
            }
        }

        if (!any && !diagnostics.HasErrors)
        {
            diagnostics.Add(new UploadError(fileName, layout.HeaderRow, null, null, "the header row is followed by no figures; expected at least one row of data"));
        }
    }

    private static IEnumerable<Observation> LongRow(ITableReader table, UploadLayout layout, UploadRowReader rows)
    {
        rows.StartRow();
        var row = table.RowNumber;
        var indicatorColumn = layout.Column("indicator")!;
        var periodColumn = layout.Column("period")!;
        var indicator = rows.Indicator(row, indicatorColumn, table.GetCell(indicatorColumn.Index));
        if (indicator is null)
        {
            yield break;
        }

        var period = rows.Period(row, periodColumn, table.GetCell(periodColumn.Index), indicator);
        if (period is null)
        {
            yield break;
        }

        // Free text is capped so that one cell cannot fill a report, a receipt or the store.
        var comparator = rows.FreeText(row, layout.Column("comparator"), Text(table, layout.Column("comparator")), MaxNameLength, "a comparator's name");
        var breakdownText = rows.FreeText(row, layout.Column("breakdown"), Text(table, layout.Column("breakdown")), MaxNameLength, "a breakdown");
        var breakdown = comparator is null ? rows.Breakdown(row, layout.Column("breakdown"), breakdownText) : null;
        var commentary = rows.FreeText(row, layout.Column("commentary"), Text(table, layout.Column("commentary")), MaxCommentaryLength, "commentary");
        if (rows.RowFailed)
        {
            yield break;
        }

        var key = comparator is null ? breakdown!.StoredText : ComparatorRows.BreakdownFor(comparator);
        var observation = rows.Observation(row, indicator, period.Value, key, new RowCells(
            layout.Column("value"), Cell(table, layout.Column("value")),
            layout.Column("numerator"), Cell(table, layout.Column("numerator")),
            layout.Column("denominator"), Cell(table, layout.Column("denominator")),
            layout.Column("status"), Cell(table, layout.Column("status")),
            commentary));
        if (observation is not null)
        {
            yield return observation;
        }
    }

    private static IEnumerable<Observation> WideRow(ITableReader table, UploadLayout layout, UploadRowReader rows)
    {
        rows.StartRow();
        var row = table.RowNumber;
        var indicatorColumn = layout.Column("indicator")!;
        var indicator = rows.Indicator(row, indicatorColumn, table.GetCell(indicatorColumn.Index));
        if (indicator is null)
        {
            yield break;
        }

        foreach (var column in layout.PeriodColumns)
        {
            var cell = table.GetCell(column.Index);
            // A blank cell in a wide sheet is a period with nothing entered yet (often a future month), not a figure.
            if (cell.IsBlank)
            {
                continue;
            }

            rows.StartRow();
            var period = rows.Period(row, column, column.Heading, indicator);
            if (period is null)
            {
                continue;
            }

            var observation = rows.Observation(row, indicator, period.Value, Observation.WholeAuthority, new RowCells(column, cell));
            if (observation is not null)
            {
                yield return observation;
            }
        }
    }

    private static UploadLayout? ReadLayout(ITableReader table, string fileName, UploadDiagnostics diagnostics)
    {
        try
        {
            return UploadLayoutDetector.Detect(table, fileName, diagnostics);
        }
        catch (UnreadableFileException ex)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, ex.Message));
            return null;
        }
    }

    private static bool NextRow(ITableReader table, string fileName, UploadDiagnostics diagnostics)
    {
        try
        {
            return table.Read();
        }
        catch (UnreadableFileException ex)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, ex.Message));
            return false;
        }
    }

    private static bool IsBlankRow(ITableReader table)
    {
        for (var i = 0; i < table.CellCount; i++)
        {
            if (!table.GetCell(i).IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fails the row at each of its cells read whose formula has no calculated value; true when there are none.</summary>
    private static bool CellsCalculated(ITableReader table, UploadLayout layout, UploadRowReader rows)
    {
        rows.StartRow();
        foreach (var column in layout.Named.Values.Concat(layout.PeriodColumns))
        {
            if (table.GetCell(column.Index).UncalculatedProblem is { } problem)
            {
                rows.Fail(table.RowNumber, column, problem);
            }
        }

        return !rows.RowFailed;
    }

    private static CellValue Cell(ITableReader table, UploadColumn? column) => column is null ? CellValue.Empty : table.GetCell(column.Index);

    private static string? Text(ITableReader table, UploadColumn? column) =>
        column is null ? null : ValuePattern.Clean(table.GetCell(column.Index).Text) is { Length: > 0 } text ? text : null;
}
