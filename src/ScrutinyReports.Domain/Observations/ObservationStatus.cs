namespace ScrutinyReports.Domain.Observations;

/// <summary>
/// The state of a stored figure. Only validated and provisional observations carry a value; a suppressed or
/// not-available figure is a state, never a zero.
/// </summary>
public enum ObservationStatus
{
    Validated,
    Provisional,
    Suppressed,
    NotAvailable,
}
