using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// Sits in a store's HTTP pipeline, before retries, and breaks or delays requests: the Nth table batch transaction
/// fails like a service error, after which (when <see cref="DeadAfterFault"/>) every write fails, as if the process
/// had died; <see cref="BeforeBatch"/> can hold batches back to force an order between concurrent commits.
/// </summary>
internal sealed class FaultInjector : HttpPipelinePolicy
{
    private int batches;
    private volatile bool dead;

    /// <summary>Which batch transaction fails (1 is the first); 0 for none.</summary>
    public int FailBatch { get; init; }

    public bool DeadAfterFault { get; init; }

    /// <summary>Awaited before each batch transaction is sent, with its number.</summary>
    public Func<int, Task>? BeforeBatch { get; init; }

    public int Batches => Volatile.Read(ref batches);

    /// <summary>From now on every write fails, as if the process had died.</summary>
    public void Kill() => dead = true;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var write = message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head;
        if (write && dead)
        {
            throw new RequestFailedException(503, "Simulated: the process is gone.");
        }

        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            var number = Interlocked.Increment(ref batches);
            if (BeforeBatch is { } hold)
            {
                await hold(number);
            }

            if (number == FailBatch)
            {
                dead = DeadAfterFault;
                throw new RequestFailedException(503, $"Simulated: batch {number} failed.");
            }
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The store only makes asynchronous calls.");
}
