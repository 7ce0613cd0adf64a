using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Rule: a rate per 10,000 (or 1,000, or 100,000) children must equal its count divided by the 0-17 population
/// (ONS mid-year estimate) times 10,000 (or 1,000, or 100,000), to within rounding at the rate's shown decimals:
/// |stated rate - count / population x per| &lt;= <see cref="DataQualityOptions.RateToleranceFor"/>, half a unit of the
/// rate's last shown decimal place by default. Exactly half a unit is still within rounding.
/// </summary>
/// <remarks>
/// Rate and count are typed separately into spreadsheets, so one is often copied from last month or worked out
/// against an old population (seed 000: 489 per 10,000 with 2,017 children implies about 41,000 children, not 58,167).
/// The check cannot tell which figure is wrong, so it states both and the population and leaves the figures as sent.
/// It is skipped when either figure has no value (suppressed or not available): there is nothing to compare.
/// </remarks>
public static class RateConsistencyCheck
{
    /// <summary>
    /// A warning when <paramref name="rateFigure"/> disagrees with <paramref name="countFigure"/> over
    /// <paramref name="population"/>, or null when they agree or cannot be compared.
    /// </summary>
    /// <param name="rate">The rate indicator; its unit says per how many children.</param>
    /// <param name="rateFigure">The rate as sent, for the same period and breakdown as the count.</param>
    /// <param name="countFigure">The count the rate is made from (for example CLA_COUNT for CLA_RATE).</param>
    /// <param name="population">Children aged 0 to 17 in the same area and year; must be positive.</param>
    /// <param name="options">The tolerance; <see cref="DataQualityOptions.Default"/> when null.</param>
    public static DataQualityWarning? Check(Indicator rate, Observation rateFigure, Observation countFigure, decimal population,
        DataQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(rateFigure);
        ArgumentNullException.ThrowIfNull(countFigure);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var per = PerChildren(rate.Unit)
            ?? throw new ArgumentException($"{rate.Id} is measured in {rate.Unit}, not a rate per children.", nameof(rate));
        if (!string.Equals(rateFigure.IndicatorId, rate.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The rate figure is for {rateFigure.IndicatorId}, not {rate.Id}.", nameof(rateFigure));
        }

        if (countFigure.Period != rateFigure.Period || !string.Equals(countFigure.Breakdown, rateFigure.Breakdown, StringComparison.Ordinal))
        {
            throw new ArgumentException("The count must be for the same period and breakdown as the rate.", nameof(countFigure));
        }

        if (rateFigure.Value is not { } stated || countFigure.Value is not { } count)
        {
            return null;
        }

        // Multiplying before dividing keeps the implied rate exact whenever it can be written in decimal at all.
        var implied = count * per / population;
        var tolerance = (options ?? DataQualityOptions.Default).RateToleranceFor(rate);
        if (Math.Abs(stated - implied) <= tolerance)
        {
            return null;
        }

        var message =
            $"{WarningText.Subject(rate, rateFigure.Breakdown, rateFigure.Period)} is {WarningText.Shown(stated, rate)}, " +
            $"but the count of {WarningText.Exact(count)} over a 0-17 population of {WarningText.Exact(population)} " +
            $"gives {ValueFormatter.Number(rate.Round(implied), rate.Decimals)}; expected them to agree to rounding (within {WarningText.Exact(tolerance)}).";
        return DataQualityWarning.For(DataQualityWarningKind.RateDisagreesWithCount, rateFigure, message);
    }

    private static decimal? PerChildren(Unit unit) => unit == Unit.Percent ? null : unit.PerDenominator();
}
