namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// Whether the process can be relied on to meet its target: the target outside the process limits means it will
/// consistently pass or consistently fail; inside them, it will hit and miss at random. None without a target.
/// </summary>
public enum AssuranceIcon
{
    None,
    ConsistentlyPass,
    ConsistentlyFail,
    HitAndMiss,
}
