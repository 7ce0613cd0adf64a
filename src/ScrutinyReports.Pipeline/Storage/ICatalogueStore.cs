using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// The indicator catalogue, and the breakdown dimensions the council declares (its teams, localities, wards, or its own
/// age bands). Saving replaces the whole catalogue, or every declared dimension, at once.
/// </summary>
public interface ICatalogueStore
{
    Task<IndicatorCatalogue> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(IndicatorCatalogue catalogue, CancellationToken cancellationToken = default);

    /// <summary>The council's declared dimensions, in the order declared; empty when it has declared none.</summary>
    Task<IReadOnlyList<BreakdownDimension>> GetDeclaredDimensionsAsync(CancellationToken cancellationToken = default);

    Task SaveDeclaredDimensionsAsync(IReadOnlyList<BreakdownDimension> dimensions, CancellationToken cancellationToken = default);
}
