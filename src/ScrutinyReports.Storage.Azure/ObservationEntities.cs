using System.Globalization;
using Azure.Data.Tables;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// A figure as a revision entity (keys in <see cref="ObservationEntityKeys"/>). Numbers are kept as their exact
/// invariant text, so 77.50 reads back as 77.50; absent numbers and commentary are absent properties.
/// </summary>
internal static class ObservationEntities
{
    private const string Indicator = "Indicator";
    private const string Frequency = "Frequency";
    private const string Value = "Value";
    private const string Status = "Status";
    private const string Numerator = "Numerator";
    private const string Denominator = "Denominator";
    private const string Commentary = "Commentary";
    private const string UploadIdProperty = "UploadId";
    private const string AttemptProperty = "Attempt";
    private const string Ticks = "Ticks";
    private const string UploadKey = "UploadKey";

    /// <summary>The properties a commit's baseline needs: enough to place each committed revision in upload order.</summary>
    public static IReadOnlyList<string> OrderProperties { get; } = ["RowKey", UploadIdProperty, AttemptProperty, Ticks, UploadKey];

    public static TableEntity Create(string partitionKey, string rowKey, Observation observation, string uploadId, UploadOrder order, string attempt)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            [Indicator] = observation.IndicatorId,
            [Frequency] = (int)observation.Period.Frequency,
            [Status] = (int)observation.Status,
            [UploadIdProperty] = uploadId,
            [AttemptProperty] = attempt,
            [Ticks] = order.Ticks,
            [UploadKey] = order.Key,
        };
        AddNumber(entity, Value, observation.Value);
        AddNumber(entity, Numerator, observation.Numerator);
        AddNumber(entity, Denominator, observation.Denominator);
        if (observation.Commentary is { } commentary)
        {
            entity[Commentary] = commentary;
        }

        return entity;
    }

    /// <summary>Roughly how many characters the entity adds to a batch request, to keep batches under 4 MiB.</summary>
    public static int ApproximateChars(Observation observation) => 400 + observation.IndicatorId.Length + (observation.Commentary?.Length ?? 0);

    public static Observation Read(TableEntity entity, string breakdown) => new(
        entity.GetString(Indicator),
        ReportingPeriod.Containing(ObservationEntityKeys.PeriodEndOf(entity.RowKey), (Frequency)entity.GetInt32(Frequency)!.Value),
        breakdown,
        Number(entity, Value),
        (ObservationStatus)entity.GetInt32(Status)!.Value,
        Number(entity, Numerator),
        Number(entity, Denominator),
        entity.GetString(Commentary));

    public static UploadOrder Order(TableEntity entity) => new(entity.GetInt64(Ticks)!.Value, entity.GetInt64(UploadKey)!.Value);

    public static string UploadId(TableEntity entity) => entity.GetString(UploadIdProperty);

    public static string Attempt(TableEntity entity) => entity.GetString(AttemptProperty);

    private static void AddNumber(TableEntity entity, string property, decimal? number)
    {
        if (number is { } value)
        {
            entity[property] = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static decimal? Number(TableEntity entity, string property) =>
        entity.GetString(property) is { } text ? decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture) : null;
}
