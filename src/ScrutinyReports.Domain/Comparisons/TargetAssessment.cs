using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// A value against its target. <see cref="Gap"/> is the value minus the nearest bound (0 when met), and the
/// RAG is green when met, amber when missed by no more than the tolerance (inclusive), red otherwise.
/// </summary>
public sealed record TargetAssessment(Target Target, bool Met, decimal Gap, decimal Tolerance, Rag Rag)
{
    public static TargetAssessment Of(Target target, decimal value, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(target);
        var met = target.IsMetBy(value);
        var gap = target.GapFrom(value);
        var rag = met ? Rag.Green : Math.Abs(gap) <= tolerance ? Rag.Amber : Rag.Red;
        return new TargetAssessment(target, met, gap, tolerance, rag);
    }
}
