using System.Globalization;

namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// A floor, a ceiling or an inclusive range, in the indicator's own unit. At least one bound is set, and a
/// range's minimum does not exceed its maximum.
/// </summary>
public sealed record Target
{
    public Target(decimal? minimum, decimal? maximum)
    {
        if (minimum is null && maximum is null)
        {
            throw new ArgumentException("A target needs a minimum, a maximum or both.");
        }

        if (minimum > maximum)
        {
            throw new ArgumentException($"A target range cannot run from {minimum} down to {maximum}.");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    public bool IsRange => Minimum is not null && Maximum is not null;

    /// <summary>The target as catalogue files write it: ">=80", "&lt;=6" or "550-580".</summary>
    public string Text => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => $"{Number(min)}-{Number(max)}",
        ({ } min, null) => $">={Number(min)}",
        _ => $"<={Number(Maximum!.Value)}",
    };

    public bool IsMetBy(decimal value) => (Minimum is null || value >= Minimum) && (Maximum is null || value <= Maximum);

    /// <summary>Value minus the nearest bound: negative below a floor, positive above a ceiling, 0 when met.</summary>
    public decimal GapFrom(decimal value) =>
        value < Minimum ? value - Minimum.Value :
        value > Maximum ? value - Maximum.Value :
        0m;

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
