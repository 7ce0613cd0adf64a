namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// What a value cell of a published (Explore Education Statistics) file holds: a number, or one of the codes the
/// Government Statistical Service uses instead of a number. None of the codes is ever zero.
/// </summary>
public enum PublishedValueKind
{
    /// <summary>A number.</summary>
    Number,

    /// <summary>"c": confidential, a small number suppressed (or a figure it could be recovered from).</summary>
    Suppressed,

    /// <summary>"x": not available, the data were not collected or not returned.</summary>
    NotAvailable,

    /// <summary>"z": not applicable, there is nothing to measure (no social workers, an authority that no longer exists).</summary>
    NotApplicable,

    /// <summary>"u": low reliability; in these files the code stands alone and no number is published.</summary>
    LowReliability,

    /// <summary>"low": rounds to zero, but is not zero.</summary>
    RoundsToZero,

    /// <summary>"k": less than 0.5 (of the unit, such as percent), but not zero.</summary>
    LessThanHalf,
}
