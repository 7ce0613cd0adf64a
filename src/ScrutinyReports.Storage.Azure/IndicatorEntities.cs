using System.Globalization;
using Azure.Data.Tables;
using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Storage.Azure;

/// <summary>An indicator as a catalogue entity, with the same codes catalogue files use.</summary>
internal static class IndicatorEntities
{
    public static TableEntity Create(string version, int position, Indicator indicator) => new(version, position.ToString("D6", CultureInfo.InvariantCulture))
    {
        ["Id"] = indicator.Id,
        ["Name"] = indicator.Name,
        ["Theme"] = indicator.Theme,
        ["Unit"] = CatalogueCodes.Code(indicator.Unit),
        ["Polarity"] = CatalogueCodes.Code(indicator.Polarity),
        ["Frequency"] = CatalogueCodes.Code(indicator.Frequency),
        ["Decimals"] = indicator.Decimals,
        ["Target"] = indicator.Target?.Text,
        ["Tolerance"] = indicator.Tolerance.ToString(CultureInfo.InvariantCulture),
        ["Definition"] = indicator.Definition,
        ["Window"] = CatalogueCodes.Code(indicator.Window),
        ["ProcessChanges"] = indicator.ProcessChanges.Text,
    };

    public static Indicator Read(TableEntity entity)
    {
        var polarity = CatalogueCodes.ParsePolarity(entity.GetString("Polarity"));
        return new Indicator(
            entity.GetString("Id"),
            entity.GetString("Name"),
            entity.GetString("Theme"),
            CatalogueCodes.ParseUnit(entity.GetString("Unit")),
            polarity,
            CatalogueCodes.ParseFrequency(entity.GetString("Frequency")),
            entity.GetInt32("Decimals")!.Value,
            TargetPattern.Parse(entity.GetString("Target"), polarity).Value,
            decimal.Parse(entity.GetString("Tolerance"), NumberStyles.Number, CultureInfo.InvariantCulture),
            entity.GetString("Definition"))
        {
            // Absent from entities written before windows existed: the figure covers its own period.
            Window = CatalogueCodes.ParseWindow(entity.GetString("Window")),
            ProcessChanges = ProcessChanges.Parse(entity.GetString("ProcessChanges")),
        };
    }
}
