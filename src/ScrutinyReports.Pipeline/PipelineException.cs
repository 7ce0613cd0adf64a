namespace ScrutinyReports.Pipeline;

/// <summary>A request the pipeline cannot carry out as asked; the message says why, in words a user can act on.</summary>
public sealed class PipelineException(string message) : Exception(message);
