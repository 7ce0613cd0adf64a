namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// What one template render may use. The full pack (300 indicators × 120 months) stays far inside each limit; a
/// council's override that loops, recurses or writes without end is stopped and named instead of stalling a publication.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Iterations of an outermost loop, counting the loops inside it: the shipped theme template runs one per indicator and period shown.</summary>
    public const int LoopIterations = 100_000;

    /// <summary>Nested calls of template functions or includes.</summary>
    public const int Recursion = 20;

    /// <summary>Characters one render may write: the full pack writes about 6 million.</summary>
    public const int OutputCharacters = 64 * 1024 * 1024;

    /// <summary>Wall-clock time for one render: the full pack takes a fraction of a second.</summary>
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(20);
}
