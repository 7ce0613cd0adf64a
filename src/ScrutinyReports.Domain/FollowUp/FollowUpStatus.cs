namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// Where an item stands, as its lead last reported it. Overdue is never a status: it is worked out from the due date
/// against the date the pack is as at (see <see cref="FollowUpItem.IsOverdue"/>).
/// </summary>
public enum FollowUpStatus
{
    Open,
    OnTrack,
    AtRisk,
    Complete,
    Answered,
    Dropped,
}
