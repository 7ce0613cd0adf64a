namespace ScrutinyReports.Domain.FollowUp;

/// <summary>What a panel asked for: a recommendation it made, an action the service agreed, or a question officers answer.</summary>
public enum FollowUpKind
{
    Recommendation,
    Action,
    Question,
}
