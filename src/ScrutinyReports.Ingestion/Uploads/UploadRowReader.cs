using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Parsing;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// The checks every figure passes, whichever layout it came in: a known indicator, a period that fits its
/// frequency, a value of the right kind for its unit, numerator and denominator that agree with it, and no
/// repeat within the file. Errors are located by row and column. Not thread-safe: one per file.
/// </summary>
internal sealed class UploadRowReader(IndicatorCatalogue catalogue, BreakdownDimensions dimensions, string fileName, UploadDiagnostics diagnostics)
{
    private readonly Dictionary<string, ParseResult<Breakdown>> breakdowns = new(StringComparer.Ordinal);
    private readonly ObservationKeys keys = new();
    private readonly Dictionary<string, Indicator?> indicatorsByText = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Text, Frequency Frequency), ParseResult<ReportingPeriod>> periods = [];
    private bool rowFailed;

    public void StartRow() => rowFailed = false;

    public bool RowFailed => rowFailed;

    public void Fail(int row, UploadColumn? column, string message)
    {
        rowFailed = true;
        diagnostics.Add(new UploadError(fileName, row, column?.Index, column?.HeadingText, message));
    }

    public Indicator? Indicator(int row, UploadColumn column, CellValue cell)
    {
        var text = ValuePattern.Clean(cell.Text);
        if (text.Length == 0)
        {
            Fail(row, column, "expected an indicator id from the catalogue, found a blank");
            return null;
        }

        if (!indicatorsByText.TryGetValue(text, out var indicator))
        {
            indicator = catalogue.TryGet(text, out var byId) ? byId : catalogue.Indicators.FirstOrDefault(i => SameName(i.Name, text));
            indicatorsByText[text] = indicator;
        }

        if (indicator is null)
        {
            var suggestion = IndicatorSuggester.Closest(catalogue, text);
            Fail(row, column, $"unknown indicator {Echo.Quote(text)}; expected an indicator id from the catalogue" +
                (suggestion is null ? string.Empty : $" (did you mean {suggestion}?)"));
        }

        return indicator;
    }

    /// <summary>The text when it is at most <paramref name="max"/> characters; otherwise null, and the row fails.</summary>
    public string? FreeText(int row, UploadColumn? column, string? text, int max, string what)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }

        Fail(row, column, Echo.TooLong(text, max, what));
        return null;
    }

    /// <summary>The breakdown the cell names (the whole authority when blank); null when it is malformed or not declared, and the row fails.</summary>
    public Breakdown? Breakdown(int row, UploadColumn? column, string? text)
    {
        if (text is null)
        {
            return Domain.Breakdowns.Breakdown.WholeAuthority;
        }

        if (!breakdowns.TryGetValue(text, out var result))
        {
            result = dimensions.Parse(text);
            breakdowns[text] = result;
        }

        if (result.Success)
        {
            return result.Value;
        }

        var parsed = BreakdownText.Parse(text);
        Fail(row, column, parsed.Success
            ? $"unknown {parsed.Value.Dimension} {Echo.Quote(parsed.Value.Category)}; expected {result.Expected}"
            : $"unreadable breakdown {Echo.Quote(text)}; expected {result.Expected}");
        return null;
    }

    public ReportingPeriod? Period(int row, UploadColumn column, CellValue cell, Indicator indicator)
    {
        ParseResult<ReportingPeriod> result;
        if (cell.Date is { } date)
        {
            result = ReportingPeriodPattern.FromDate(date, indicator.Frequency);
        }
        else
        {
            var key = (cell.Text, indicator.Frequency);
            if (!periods.TryGetValue(key, out result))
            {
                result = ReportingPeriodPattern.Parse(cell.Text, indicator.Frequency);
                periods[key] = result;
            }
        }

        if (result.Success)
        {
            return result.Value;
        }

        Fail(row, column, $"unreadable period {Echo.Quote(cell.Text.Trim())} for {indicator.Id} ({CatalogueCodes.Code(indicator.Frequency)}); expected {result.Expected}");
        return null;
    }

    /// <summary>Reads and checks a figure; null when the row has failed.</summary>
    public Observation? Observation(int row, Indicator indicator, ReportingPeriod period, string breakdown, RowCells cells)
    {
        var value = ValueOf(row, cells.ValueColumn, cells.Value, indicator);
        var numerator = Count(row, cells.NumeratorColumn, cells.Numerator, "numerator");
        var denominator = Count(row, cells.DenominatorColumn, cells.Denominator, "denominator");
        var status = Status(row, cells.StatusColumn, cells.Status);
        if (rowFailed || value is not { } reading)
        {
            return null;
        }

        if (numerator is { } top && denominator is { } bottom)
        {
            CheckFraction(row, cells, indicator, reading, top, bottom);
        }

        var firstRow = keys.Add(indicator.Id, period, breakdown, row);
        if (firstRow > 0)
        {
            Fail(row, null, $"{indicator.Id} for {period.Code}{(breakdown.Length > 0 ? $" ({breakdown})" : string.Empty)} appears twice in this file, first in row {firstRow}; expected each indicator, period and breakdown once");
        }

        if (rowFailed)
        {
            return null;
        }

        var observationStatus = reading.Kind switch
        {
            CellReadingKind.Suppressed => ObservationStatus.Suppressed,
            CellReadingKind.NotAvailable => ObservationStatus.NotAvailable,
            _ => status,
        };
        return new Observation(indicator.Id, period, breakdown,
            reading.Kind == CellReadingKind.Number ? reading.Number : null,
            observationStatus, numerator, denominator, cells.Commentary);
    }

    private CellReading? ValueOf(int row, UploadColumn? column, CellValue cell, Indicator indicator)
    {
        var reading = ValuePattern.Read(cell);
        if (reading.Kind == CellReadingKind.Invalid)
        {
            Fail(row, column, $"expected {reading.Expected}; found {Echo.Quote(cell.Text.Trim())}");
            return null;
        }

        if (reading.Kind != CellReadingKind.Number)
        {
            return reading;
        }

        var number = reading.Number;
        if (reading.Percent != PercentForm.None && indicator.Unit != Unit.Percent)
        {
            Fail(row, column, $"{Echo.Quote(cell.Text.Trim())} is a percentage but {indicator.Id} is measured in {CatalogueCodes.Code(indicator.Unit)}; expected a plain number");
            return null;
        }

        if (reading.Percent == PercentForm.Fraction)
        {
            number *= 100m;
        }

        var problem = indicator.Unit switch
        {
            Unit.Percent when number is < 0 or > 100 => $"expected a percentage between 0 and 100 for {indicator.Id}; found {number}",
            Unit.Count or Unit.RatePer10000 or Unit.RatePer1000 or Unit.RatePer100000 or Unit.Days or Unit.Weeks when number < 0 =>
                $"expected a figure of zero or more for {indicator.Id} ({CatalogueCodes.Code(indicator.Unit)}); found {number}",
            _ => null,
        };
        if (problem is not null)
        {
            Fail(row, column, problem);
            return null;
        }

        return reading with { Number = number, Percent = PercentForm.None };
    }

    private decimal? Count(int row, UploadColumn? column, CellValue cell, string what)
    {
        if (column is null)
        {
            return null;
        }

        var reading = ValuePattern.Read(cell);
        switch (reading.Kind)
        {
            case CellReadingKind.Number when reading.Percent != PercentForm.None:
                Fail(row, column, $"expected the {what} as a count, not a percentage; found {Echo.Quote(cell.Text.Trim())}");
                return null;
            case CellReadingKind.Number when reading.Number < 0:
                Fail(row, column, $"expected a {what} of zero or more; found {reading.Number}");
                return null;
            case CellReadingKind.Number:
                return reading.Number;
            case CellReadingKind.Invalid:
                Fail(row, column, $"expected the {what} as {(reading.Expected == ValuePattern.RangeExpected ? reading.Expected : "a number")}, or blank; found {Echo.Quote(cell.Text.Trim())}");
                return null;
            default:
                return null;
        }
    }

    private ObservationStatus Status(int row, UploadColumn? column, CellValue cell)
    {
        var text = ValuePattern.Clean(cell.Text).ToUpperInvariant();
        switch (text)
        {
            case "" or "VALIDATED" or "FINAL" or "CONFIRMED" or "VALID":
                return ObservationStatus.Validated;
            case "PROVISIONAL" or "UNVALIDATED" or "DRAFT" or "INITIAL":
                return ObservationStatus.Provisional;
            default:
                Fail(row, column, $"expected a status of validated or provisional (or blank for validated); found {Echo.Quote(cell.Text.Trim())}");
                return ObservationStatus.Validated;
        }
    }

    private void CheckFraction(int row, RowCells cells, Indicator indicator, CellReading value, decimal numerator, decimal denominator)
    {
        if (numerator > denominator && indicator.Unit is Unit.Percent or Unit.RatePer10000 or Unit.RatePer1000 or Unit.RatePer100000)
        {
            Fail(row, cells.NumeratorColumn, $"the numerator ({numerator}) is greater than the denominator ({denominator}); expected a part of the whole");
            return;
        }

        if (value.Kind != CellReadingKind.Number || denominator == 0 || indicator.Unit.PerDenominator() is not { } scale)
        {
            return;
        }

        var implied = numerator / denominator * scale;
        var written = value.Number;
        var allowed = Math.Max(HalfUnitAt(Domain.Formatting.ValueFormatter.DecimalsOf(written)), HalfUnitAt(indicator.Decimals));
        if (Math.Abs(implied - written) > allowed)
        {
            Fail(row, cells.ValueColumn,
                $"the value {written} does not match numerator / denominator ({numerator} / {denominator} gives {Math.Round(implied, Math.Max(indicator.Decimals, 2), MidpointRounding.AwayFromZero)}); expected them to agree to rounding");
        }
    }

    // A figure written to d places may be anything within half a unit of its last place of the true one.
    private static decimal HalfUnitAt(int decimals) => 0.5m / (decimal)Math.Pow(10, decimals) + 0.0000001m;

    private static bool SameName(string name, string text) =>
        string.Equals(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                      string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
