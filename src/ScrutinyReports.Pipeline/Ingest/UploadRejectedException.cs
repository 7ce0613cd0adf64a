namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>Thrown into a store's commit to abandon it as soon as a file is known to be rejected.</summary>
internal sealed class UploadRejectedException() : Exception("The upload has errors and is not stored.");
