using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>The indicator catalogue. Saving replaces the whole catalogue at once.</summary>
public interface ICatalogueStore
{
    Task<IndicatorCatalogue> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(IndicatorCatalogue catalogue, CancellationToken cancellationToken = default);
}
