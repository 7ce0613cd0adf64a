using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>
/// The catalogue uploads are checked against: the store's own, or the built-in one while the store has none, so
/// that a council can start ingesting before writing a catalogue of its own.
/// </summary>
public static class CatalogueSource
{
    public static async Task<IndicatorCatalogue> GetAsync(IScrutinyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.Catalogue.GetAsync(cancellationToken);
        return stored.Count > 0 ? stored : BuiltInCatalogue.Indicators;
    }

    /// <summary>The dimensions breakdowns are checked against: the DfE characteristics, with the council's own declarations over them.</summary>
    public static async Task<BreakdownDimensions> GetDimensionsAsync(IScrutinyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var declared = await store.Catalogue.GetDeclaredDimensionsAsync(cancellationToken);
        return declared.Count == 0 ? BreakdownDimensions.BuiltIn : BreakdownDimensions.BuiltIn.With(declared);
    }

    /// <summary>Saves the built-in catalogue when the store has none, so that what figures were checked against is on record.</summary>
    public static async Task KeepAsync(IScrutinyStore store, IndicatorCatalogue used, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (ReferenceEquals(used, BuiltInCatalogue.Indicators) && (await store.Catalogue.GetAsync(cancellationToken)).Count == 0)
        {
            await store.Catalogue.SaveAsync(used, cancellationToken);
        }
    }
}
