using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Domain.Tests.FollowUp;

internal static class FollowUpBuild
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static FollowUpHistoryEntry Entry(FollowUpStatus status, string date, string update = "", string source = "log.csv") =>
        new(status, update, Day(date), source);

    public static FollowUpItem Item(string reference = "A1", FollowUpKind kind = FollowUpKind.Action, string raised = "2019-03-20",
        string? due = "2019-09-30", string[]? indicators = null, params FollowUpHistoryEntry[] history) =>
        new(reference, kind, "Reduce re-referrals through a step-down review.", Day(raised), "lead@northbridge.example",
            due is null ? null : Day(due), "cypf", indicators ?? [],
            history.Length == 0 ? [Entry(FollowUpStatus.Open, raised)] : history);
}
