namespace ScrutinyReports.Domain.FollowUp;

/// <summary>How kinds and statuses are written in files and read back: "on track", "at risk", "recommendation".</summary>
public static class FollowUpWords
{
    public static IReadOnlyList<string> StatusWords { get; } = ["open", "on track", "at risk", "complete", "answered", "dropped"];

    public static IReadOnlyList<string> KindWords { get; } = ["recommendation", "action", "question"];

    public static string Of(FollowUpStatus status) => StatusWords[(int)status];

    public static string Of(FollowUpKind kind) => KindWords[(int)kind];

    /// <summary>"On track", "on_track", "ON-TRACK" and "ontrack" all read as on track; null when the text is no status.</summary>
    public static FollowUpStatus? ParseStatus(string? text)
    {
        var index = IndexOf(StatusWords, text);
        if (index < 0 && Squashed(text) is "completed" or "done" or "closed")
        {
            return FollowUpStatus.Complete;
        }

        return index < 0 ? null : (FollowUpStatus)index;
    }

    public static FollowUpKind? ParseKind(string? text)
    {
        var index = IndexOf(KindWords, text);
        return index < 0 ? null : (FollowUpKind)index;
    }

    /// <summary>The sentence-start form: "On track".</summary>
    public static string Capitalised(FollowUpStatus status)
    {
        var word = Of(status);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>The sentence-start form: "Recommendation".</summary>
    public static string Capitalised(FollowUpKind kind)
    {
        var word = Of(kind);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static int IndexOf(IReadOnlyList<string> words, string? text)
    {
        var squashed = Squashed(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (Squashed(words[i]) == squashed)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Squashed(string? text) =>
        new((text ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
