using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Panels;

/// <summary>Stores a panel's configuration; a file with any error changes nothing.</summary>
public sealed class PanelImporter(IScrutinyStore store)
{
    public async Task<PanelReadResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var result = PanelReader.Read(content, fileName, await store.Catalogue.GetAsync(cancellationToken));
        if (result.Panel is not null)
        {
            await store.Panels.SaveAsync(result.Panel, cancellationToken);
        }

        return result;
    }
}
