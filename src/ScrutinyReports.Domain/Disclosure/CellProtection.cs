namespace ScrutinyReports.Domain.Disclosure;

/// <summary>Whether a breakdown cell, or its total, is published, and if not, why.</summary>
public enum CellProtection
{
    /// <summary>Published as it is.</summary>
    Shown,

    /// <summary>No count was received: shown as not available. It protects nothing, as its value may be known elsewhere.</summary>
    NotAvailable,

    /// <summary>A small number (1 to threshold − 1): suppressed for itself.</summary>
    Primary,

    /// <summary>Not small, but suppressed so that a small number cannot be worked out by subtraction.</summary>
    Secondary,
}
