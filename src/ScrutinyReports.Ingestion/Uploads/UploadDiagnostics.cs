using System.Globalization;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// The errors found in one file. Keeps the first <see cref="MaxKept"/> in full and counts the rest, so a file with
/// one mistake repeated on a million rows still gets a short, readable answer. Not thread-safe.
/// </summary>
public sealed class UploadDiagnostics
{
    public const int MaxKept = 200;
    private readonly List<UploadError> errors = [];

    public IReadOnlyList<UploadError> Errors => errors;

    /// <summary>Every error found, including those not kept.</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Add(UploadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ErrorCount++;
        if (errors.Count < MaxKept)
        {
            errors.Add(error);
        }
    }

    /// <summary>Each kept error on its own line, and how many more there were.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var error in errors)
        {
            yield return error.ToString();
        }

        if (ErrorCount > errors.Count)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"... and {ErrorCount - errors.Count:N0} more errors like these");
        }
    }
}
