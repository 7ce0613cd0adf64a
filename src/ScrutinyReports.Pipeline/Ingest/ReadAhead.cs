using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ScrutinyReports.Pipeline.Ingest;

/// <summary>
/// Enumerates a sequence on a second thread, a few batches ahead of its consumer, so that reading a file and
/// storing its figures use both cores. Memory stays bounded (capacity x batch size items). An exception in the
/// source reaches the consumer where the source stopped; a consumer that stops early stops the reader.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 4096, int capacity = 8)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source, batchSize, capacity);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize, int capacity)
    {
        using var batches = new BlockingCollection<List<T>>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                var batch = new List<T>(batchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        batches.Add(batch, stop.Token);
                        batch = new List<T>(batchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                batches.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "upload read-ahead" };
        reader.Start();
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            reader.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Join();
        }
    }
}
