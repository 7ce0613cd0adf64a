using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>One stored version of a figure and the upload that brought it.</summary>
public sealed record ObservationRevision(Observation Observation, string UploadId, DateTimeOffset ReceivedAt, bool IsCurrent);
