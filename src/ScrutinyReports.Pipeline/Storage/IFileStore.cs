namespace ScrutinyReports.Pipeline.Storage;

/// <summary>The containers files live in. Names match the Azure blob containers.</summary>
public static class Containers
{
    /// <summary>The drop zone officers put files in.</summary>
    public const string Uploads = "uploads";

    /// <summary>Every upload ever received, named by content hash, with its receipt beside it. Never overwritten.</summary>
    public const string Archive = "archive";

    /// <summary>Published reports: {panel}/{period}/v{n}/report.{json,html,pdf}.</summary>
    public const string Reports = "reports";

    /// <summary>Published comparators (DfE statistics) for the council, as one document replaced on each import.</summary>
    public const string Comparators = "comparators";

    /// <summary>The people mail goes to (subscribers.json, with every earlier list kept), and a record of each message sent or failed.</summary>
    public const string Mail = "mail";

    /// <summary>A council's own report templates, each replacing the default of the same name (report.scriban-html, cover.scriban-html...).</summary>
    public const string Templates = "templates";
}

/// <summary>Files by container and path ("/"-separated). Paths are chosen by the pipeline, never by uploaders.</summary>
public interface IFileStore
{
    /// <summary>Writes a file; with <paramref name="overwrite"/> false, an existing file is left as it is and false returned.</summary>
    Task<bool> WriteAsync(string container, string path, Stream content, bool overwrite, CancellationToken cancellationToken = default);

    Task<Stream?> OpenReadAsync(string container, string path, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default);

    Task DeleteAsync(string container, string path, CancellationToken cancellationToken = default);

    /// <summary>Where a person can open the file: a local path or a URL.</summary>
    string Locate(string container, string path);
}
