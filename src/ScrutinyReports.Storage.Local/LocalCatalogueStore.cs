using System.Globalization;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

internal sealed class LocalCatalogueStore(SqliteDatabase database) : ICatalogueStore
{
    public Task<IndicatorCatalogue> GetAsync(CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command("SELECT id, name, theme, unit, polarity, frequency, decimals, target, tolerance, definition, measure_window, process_changes FROM indicator ORDER BY position");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var indicators = new List<Indicator>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var unit = CatalogueCodes.ParseUnit(reader.GetString(3));
                var polarity = CatalogueCodes.ParsePolarity(reader.GetString(4));
                var frequency = CatalogueCodes.ParseFrequency(reader.GetString(5));
                var target = TargetPattern.Parse(reader.NullableString(7), polarity);
                indicators.Add(new Indicator(reader.GetString(0), reader.GetString(1), reader.GetString(2), unit, polarity, frequency,
                    reader.GetInt32(6), target.Value, decimal.Parse(reader.GetString(8), CultureInfo.InvariantCulture), reader.GetString(9))
                {
                    Window = CatalogueCodes.ParseWindow(reader.NullableString(10)),
                    ProcessChanges = ProcessChanges.Parse(reader.NullableString(11)),
                });
            }

            return new IndicatorCatalogue(indicators);
        }, cancellationToken);

    public Task SaveAsync(IndicatorCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return database.UseAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction();
            await using (var clear = connection.Command("DELETE FROM indicator", transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            var position = 0;
            foreach (var i in catalogue.Indicators)
            {
                await using var insert = connection.Command(
                    "INSERT INTO indicator VALUES ($position, $id, $name, $theme, $unit, $polarity, $frequency, $decimals, $target, $tolerance, $definition, $window, $changes)",
                    transaction,
                    ("$position", position++), ("$id", i.Id), ("$name", i.Name), ("$theme", i.Theme), ("$unit", CatalogueCodes.Code(i.Unit)),
                    ("$polarity", CatalogueCodes.Code(i.Polarity)), ("$frequency", CatalogueCodes.Code(i.Frequency)), ("$decimals", i.Decimals),
                    ("$target", i.Target?.Text), ("$tolerance", i.Tolerance.ToString(CultureInfo.InvariantCulture)), ("$definition", i.Definition), ("$window", CatalogueCodes.Code(i.Window)),
                    ("$changes", i.ProcessChanges.Text));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<BreakdownDimension>> GetDeclaredDimensionsAsync(CancellationToken cancellationToken = default) =>
        database.UseAsync<IReadOnlyList<BreakdownDimension>>(async connection =>
        {
            await using var command = connection.Command("SELECT json FROM breakdown_dimension ORDER BY position");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var dimensions = new List<BreakdownDimension>();
            while (await reader.ReadAsync(cancellationToken))
            {
                dimensions.Add(DeclaredDimensionsJson.Read(reader.GetString(0)));
            }

            return dimensions;
        }, cancellationToken);

    public Task SaveDeclaredDimensionsAsync(IReadOnlyList<BreakdownDimension> dimensions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return database.UseAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction();
            await using (var clear = connection.Command("DELETE FROM breakdown_dimension", transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            var position = 0;
            foreach (var dimension in dimensions)
            {
                await using var insert = connection.Command("INSERT INTO breakdown_dimension VALUES ($position, $name, $json)", transaction,
                    ("$position", position++), ("$name", dimension.Name), ("$json", DeclaredDimensionsJson.Write(dimension)));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }
}
