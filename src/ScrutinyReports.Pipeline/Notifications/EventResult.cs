namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>What became of one notification: messages sent now, already sent before, and failures (each "to: reason").</summary>
public sealed record EventResult(string EventId, string Kind, int Sent, int AlreadySent, IReadOnlyList<string> Failures, string? Note = null)
{
    public bool Succeeded => Failures.Count == 0;

    /// <summary>The notification cannot be read (unknown kind, damaged payload): no retry will send it.</summary>
    public bool Unreadable { get; init; }
}

/// <summary>One pass over the waiting notifications.</summary>
public sealed record SendPass(IReadOnlyList<EventResult> Events)
{
    /// <summary>Why nothing was taken from the queue, when nothing could be sent at all.</summary>
    public string? NotSentBecause { get; init; }

    public int Sent => Events.Sum(e => e.Sent);

    public int Failed => Events.Sum(e => e.Failures.Count);

    /// <summary>Notifications left queued to try again; one set aside as unreadable has left the queue.</summary>
    public int StillWaiting => Events.Count(e => !e.Succeeded && !e.Unreadable);
}
