using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Storage;

public interface IPanelStore
{
    Task<IReadOnlyList<Panel>> ListAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(Panel panel, CancellationToken cancellationToken = default);
}
