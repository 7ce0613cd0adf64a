using System.Security.Cryptography;
using System.Text;

namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// Extends a report's input fingerprint with the follow-up log it shows, so that a changed log (a new item, a new
/// update, an item falling overdue) makes a new version. An empty section leaves the fingerprint as it was, so packs
/// without a log keep the fingerprints they had.
/// </summary>
public static class FollowUpFingerprint
{
    public static string Extend(string fingerprint, FollowUpSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.IsEmpty)
        {
            return fingerprint;
        }

        var text = new StringBuilder(fingerprint).Append('\n');
        text.Append("followup|").Append(Iso(section.AsAt)).Append('|').Append(Iso(section.LastMeeting)).Append('\n');
        foreach (var entry in section.Entries)
        {
            var item = entry.Item;
            text.Append($"item|{item.Ref}|{item.Kind}|{item.Text}|{Iso(item.Raised)}|{item.Lead}|{(item.Due is { } due ? Iso(due) : string.Empty)}|{string.Join(';', item.IndicatorIds)}|{entry.IsOverdue}\n");
            foreach (var history in item.History)
            {
                text.Append($"entry|{history.Status}|{history.Update}|{Iso(history.Date)}|{history.Source}\n");
            }
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
