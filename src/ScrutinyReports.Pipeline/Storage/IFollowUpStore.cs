using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Panels' follow-up logs: each item's definition (kind, text, lead, due date, linked indicators) and its history,
/// which is only ever appended to. Items are keyed by panel and reference, the reference compared without regard to case.
/// </summary>
public interface IFollowUpStore
{
    /// <summary>Every item of the panel (of every panel when null), each with its whole history in the order recorded.</summary>
    Task<IReadOnlyList<FollowUpItem>> ListAsync(string? panelId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes each item's definition and appends the entries of its history beyond those already stored. An item whose
    /// history is shorter than the stored one is refused: history is never rewritten.
    /// </summary>
    Task SaveAsync(IReadOnlyList<FollowUpItem> items, CancellationToken cancellationToken = default);
}
