using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Rule: once a figure has been stated, a later upload that states it with a different value or a different status
/// (provisional to validated, a number to suppressed) is a revision, reported with both figures and both uploads,
/// never a silent overwrite. An identical re-upload (the same value and status, however written: 588 and 588.0 are
/// the same figure) is not a revision, nor is a change to commentary or to the numerator and denominator alone.
/// </summary>
/// <remarks>
/// Councils re-send whole workbooks, so most versions of a figure repeat it; only a change is news. A published
/// figure that moves without notice undermines every comparison made with it, so the next report marks it revised.
/// </remarks>
public static class RevisionCheck
{
    /// <summary>
    /// Every change in one figure's history: A, A, B, A gives A to B and B to A. The old upload of each revision is the
    /// first upload that stated the old figure, since an identical re-upload changed nothing.
    /// </summary>
    /// <param name="history">
    /// Every stored version of one indicator, period and breakdown, oldest first, with the upload it came in.
    /// </param>
    public static IReadOnlyList<Revision> Find(
        IReadOnlyList<(Observation Figure, string UploadId, string FileName, string? Uploader, DateTimeOffset ReceivedAt)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var revisions = new List<Revision>();
        if (history.Count == 0)
        {
            return revisions;
        }

        var stated = history[0];
        ArgumentNullException.ThrowIfNull(stated.Figure, nameof(history));
        var previousTime = stated.ReceivedAt;
        foreach (var version in history.Skip(1))
        {
            ArgumentNullException.ThrowIfNull(version.Figure, nameof(history));
            if (!IsSameFigure(stated.Figure, version.Figure))
            {
                throw new ArgumentException("Every version must be of the same indicator, period and breakdown.", nameof(history));
            }

            if (version.ReceivedAt < previousTime)
            {
                throw new ArgumentException("The versions of a figure must be in the order they were received, oldest first.", nameof(history));
            }

            previousTime = version.ReceivedAt;
            if (version.Figure.Value == stated.Figure.Value && version.Figure.Status == stated.Figure.Status)
            {
                continue;
            }

            var (old, updated) = (stated.Figure, version.Figure);
            revisions.Add(new Revision(
                updated.IndicatorId, updated.Period, updated.Breakdown,
                old.Value, old.Status, updated.Value, updated.Status,
                new UploadReference(stated.UploadId, stated.FileName, stated.Uploader, stated.ReceivedAt),
                new UploadReference(version.UploadId, version.FileName, version.Uploader, version.ReceivedAt)));
            stated = version;
        }

        return revisions;
    }

    /// <summary>
    /// The warning for one revision: "CLA_COUNT for September 2019 was revised from 588 to 590. The old figure came in
    /// cla-sep.xlsx (received 3 October 2019 at 09:15 UTC from jo@northbridge.example); the new one in ...".
    /// </summary>
    public static DataQualityWarning Warning(Indicator indicator, Revision revision)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(revision);
        if (!string.Equals(indicator.Id, revision.IndicatorId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The revision is for {revision.IndicatorId}, not {indicator.Id}.", nameof(revision));
        }

        var (oldText, newText) = Figures(indicator, revision);
        var message =
            $"{WarningText.Subject(indicator, revision.Breakdown, revision.Period)} was revised from {oldText} to {newText}. " +
            $"The old figure came in {Upload(revision.OldUpload)}; the new one in {Upload(revision.NewUpload)}. " +
            "The next report marks it as revised.";
        return new DataQualityWarning(DataQualityWarningKind.Revised, revision.IndicatorId, revision.Period, revision.Breakdown, message);
    }

    private static bool IsSameFigure(Observation first, Observation other) =>
        string.Equals(first.IndicatorId, other.IndicatorId, StringComparison.Ordinal) && first.Period == other.Period &&
        string.Equals(first.Breakdown, other.Breakdown, StringComparison.Ordinal);

    private static (string Old, string New) Figures(Indicator indicator, Revision revision)
    {
        // A change too small to see at the shown decimals (82.04 to 82.01) is still a change: write both figures as
        // stored so that the message never reads "from 82.0 to 82.0".
        var decimals = indicator.Decimals;
        if (revision is { OldValue: { } o, NewValue: { } n } && o != n && indicator.Round(o) == indicator.Round(n))
        {
            decimals = Math.Max(ValueFormatter.DecimalsOf(o), ValueFormatter.DecimalsOf(n));
        }

        // Name "validated" only where it is the difference: beside a provisional figure.
        var eitherProvisional = revision.OldStatus == ObservationStatus.Provisional || revision.NewStatus == ObservationStatus.Provisional;
        return (Figure(indicator, revision.OldValue, revision.OldStatus, decimals, eitherProvisional),
            Figure(indicator, revision.NewValue, revision.NewStatus, decimals, eitherProvisional));
    }

    private static string Figure(Indicator indicator, decimal? value, ObservationStatus status, int decimals, bool nameValidated) =>
        status switch
        {
            ObservationStatus.Suppressed => "suppressed",
            ObservationStatus.NotAvailable => "not available",
            ObservationStatus.Provisional => Value(indicator, value!.Value, decimals) + " (provisional)",
            _ => Value(indicator, value!.Value, decimals) + (nameValidated ? " (validated)" : string.Empty),
        };

    private static string Value(Indicator indicator, decimal value, int decimals) =>
        ValueFormatter.Value(Math.Round(value, decimals, MidpointRounding.AwayFromZero), indicator.Unit, decimals);

    private static string Upload(UploadReference upload) =>
        $"{upload.FileName} (received {WarningText.Received(upload.ReceivedAt)}" +
        (upload.Uploader is null ? "; uploader not recorded)" : $" from {upload.Uploader})");
}
