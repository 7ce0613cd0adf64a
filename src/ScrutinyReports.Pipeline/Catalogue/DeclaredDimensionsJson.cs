using System.Text.Json;
using ScrutinyReports.Domain.Breakdowns;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>A council's declared breakdown dimension as the stores keep it: one JSON document per dimension.</summary>
public static class DeclaredDimensionsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(BreakdownDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return JsonSerializer.Serialize(new StoredDimension(dimension.Name,
            dimension.Categories.Select(c => new StoredCategory(c.Name, c.Optional, c.AlsoWritten.Count == 0 ? null : c.AlsoWritten)).ToList()), Options);
    }

    public static BreakdownDimension Read(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredDimension>(json, Options) ?? throw new InvalidDataException("A stored breakdown dimension is empty.");
        return new BreakdownDimension(stored.Name, stored.Categories.Select(c => new BreakdownCategory(c.Name, c.Optional, c.AlsoWritten)));
    }

    private sealed record StoredDimension(string Name, IReadOnlyList<StoredCategory> Categories);

    private sealed record StoredCategory(string Name, bool Optional, IReadOnlyList<string>? AlsoWritten);
}
