namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// What storing an upload did. <see cref="Added"/> figures were new; <see cref="Superseded"/> replaced an earlier
/// upload's figure (kept as a revision); <see cref="Outdated"/> arrived after a later upload's figure and were kept
/// as revisions only.
/// </summary>
public sealed record CommitResult(bool AlreadyStored, long Added, long Superseded, long Outdated)
{
    public static CommitResult Duplicate { get; } = new(true, 0, 0, 0);

    public long Total => Added + Superseded + Outdated;
}
