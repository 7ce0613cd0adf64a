using Azure.Core;
using Azure.Core.Pipeline;

namespace ScrutinyReports.Storage.Azure;

/// <summary>How an <see cref="AzureStore"/> names its containers and tables and how hard it drives the account.</summary>
public sealed class AzureStoreOptions
{
    private const int MaxPrefixLength = 24;

    /// <summary>
    /// Put before every container and table name, so that several stores (environments, test runs) can share one
    /// account: lowercase letters and digits, starting with a letter, at most 24 characters. Empty by default, which
    /// gives containers named as the port names them (uploads, archive, reports...) and the tables catalogue, observations, uploads, reports and panels.
    /// </summary>
    public string NamePrefix { get; set; } = string.Empty;

    /// <summary>
    /// How many batch transactions (up to 100 figures each) one commit keeps in flight at once, across partitions; one
    /// partition has one at a time. 16 by default: at about 50 ms a transaction, 16 partitions written at once offer
    /// some 32,000 entities a second, above an account's 20,000 (docs/scale.md), while holding at most 1,600 figures.
    /// </summary>
    public int MaxConcurrentBatches { get; set; } = 16;

    /// <summary>
    /// How many of those may be for one partition at once. 1 by default: a partition serves about 2,000 entities a
    /// second whatever is sent to it, and one at a time a figure named twice in an upload lands as its last revision.
    /// </summary>
    public int MaxBatchesPerPartition { get; set; } = 1;

    /// <summary>
    /// How a store opened from an account URL signs in. Null (the default) means <c>DefaultAzureCredential</c>; the
    /// Functions app passes the credential its identity-based connection settings name (a user-assigned identity's
    /// client id, say), so the store and the triggers sign in alike. Not used with a connection string.
    /// </summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>Added to every client's HTTP pipeline, once per call: how tests inject faults and delays.</summary>
    internal HttpPipelinePolicy? Interceptor { get; set; }

    internal void Validate()
    {
        var prefix = NamePrefix ?? string.Empty;
        if (prefix.Length > MaxPrefixLength || (prefix.Length > 0 && !char.IsAsciiLetterLower(prefix[0])) ||
            !prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException(
                $"The name prefix \"{prefix}\" is not usable: use lowercase letters and digits, starting with a letter, at most {MaxPrefixLength} characters.",
                nameof(NamePrefix));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentBatches, 1, nameof(MaxConcurrentBatches));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchesPerPartition, 1, nameof(MaxBatchesPerPartition));
    }
}
