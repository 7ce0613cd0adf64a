using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Functions.Publication;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// Does for the publications queue what the Functions host does (it cannot run here): takes each visible message,
/// invokes PublishPanelReport with it, deletes it when the function returns, and when it throws makes it visible
/// again or, at host.json's maxDequeueCount, moves it to publications-poison. <paramref name="workers"/> loops take
/// messages at once, as instances would.
/// </summary>
internal static class PublicationQueueRunner
{
    public static async Task<RunnerResult> RunAsync(FunctionsTestHost app, int workers = 1)
    {
        var queues = app.Services.GetRequiredService<PublicationQueues>();
        var poison = new QueueClient(app.ConnectionString, PublicationQueues.PoisonQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await poison.CreateIfNotExistsAsync();
        await queues.Publications.CreateIfNotExistsAsync();
        var result = new RunnerResult();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(app, queues.Publications, poison, result)));
        return result;
    }

    private static async Task WorkAsync(FunctionsTestHost app, QueueClient queue, QueueClient poison, RunnerResult result)
    {
        while ((await queue.ReceiveMessageAsync(TimeSpan.FromMinutes(1))).Value is { } message)
        {
            try
            {
                await app.Create<PublishPanelReport>().Run(message, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                Interlocked.Increment(ref result.Completed);
            }
            catch (Exception) when (message.DequeueCount >= PublicationQueues.MaxDequeueCount)
            {
                await poison.SendMessageAsync(message.Body);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                Interlocked.Increment(ref result.Poisoned);
            }
            catch (Exception)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                Interlocked.Increment(ref result.Failed);
            }
        }
    }

    /// <summary>The poison queue's messages, as ReportPoisonedPublication's trigger would take them.</summary>
    public static async Task<QueueMessage[]> PoisonedAsync(FunctionsTestHost app)
    {
        var poison = new QueueClient(app.ConnectionString, PublicationQueues.PoisonQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await poison.CreateIfNotExistsAsync();
        return (await poison.ReceiveMessagesAsync(32)).Value;
    }
}

internal sealed class RunnerResult
{
    public int Completed;
    public int Failed;
    public int Poisoned;
}
