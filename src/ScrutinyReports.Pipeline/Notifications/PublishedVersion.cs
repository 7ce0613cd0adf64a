using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// A published version as its notification describes it: the portal's summary and the pack's exceptions, in the
/// pack's order and capped as the pack caps them, with how many more the pack left out.
/// </summary>
internal sealed record PublishedVersion(string PanelId, string Period, int Version, VersionSummary Summary, IReadOnlyList<string> Exceptions, int ExceptionsNotShown)
{
    public static async Task<PublishedVersion?> ReadAsync(IFileStore files, string panelId, string period, int version, CancellationToken cancellationToken)
    {
        await using var stored = await files.OpenReadAsync(Containers.Reports, $"{panelId}/{period}/v{version}/{ReportFiles.Json}", cancellationToken);
        if (stored is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stored.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var summary = await VersionSummaryReader.ReadAsync(buffer, cancellationToken);
        using var document = JsonDocument.Parse(buffer.ToArray());
        var root = document.RootElement;
        var indicators = root.GetProperty("indicators").EnumerateArray()
            .ToDictionary(indicator => indicator.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var exceptions = root.GetProperty("exceptions").EnumerateArray()
            .Select(exception => Describe(indicators[exception.GetProperty("indicator").GetString()!]))
            .ToList();
        return new PublishedVersion(panelId, period, version, summary, exceptions, root.GetProperty("exceptionsNotShown").GetInt32());
    }

    // "Re-referrals within 12 months: 27.0% in September 2026 against a target of no more than 22% (worsened since August 2026)."
    private static string Describe(JsonElement entry)
    {
        var indicator = IndicatorOf(entry);
        var value = entry.GetProperty("value");
        var shown = value.ValueKind == JsonValueKind.Number ? ValueFormatter.Value(value.GetDecimal(), indicator) : "no figure";
        var target = indicator.Target is null ? string.Empty : $" against a target of {Rendering.Views.DisplayText.Target(indicator).ToLowerInvariant()}";
        var direction = entry.TryGetProperty("previous", out var previous) && previous.ValueKind == JsonValueKind.Object
                        && previous.GetProperty("direction").GetString() is { } word and not "not_comparable"
            ? $" ({word} since {Label(previous, indicator.Frequency)})"
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{indicator.Name}: {shown} in {entry.GetProperty("periodLabel").GetString()}{target}{direction}.");
    }

    private static Indicator IndicatorOf(JsonElement entry)
    {
        var polarity = CatalogueCodes.ParsePolarity(entry.GetProperty("polarity").GetString() ?? string.Empty);
        var target = entry.TryGetProperty("target", out var goal) && goal.ValueKind == JsonValueKind.Object
            ? TargetPattern.Parse(goal.GetProperty("text").GetString(), polarity) is { Success: true } parsed ? parsed.Value : null
            : null;
        return new Indicator(entry.GetProperty("id").GetString()!, entry.GetProperty("name").GetString()!, entry.GetProperty("theme").GetString()!,
            CatalogueCodes.ParseUnit(entry.GetProperty("unit").GetString()!), polarity, CatalogueCodes.ParseFrequency(entry.GetProperty("frequency").GetString()!),
            entry.GetProperty("decimals").GetInt32(), target, 0, string.Empty);
    }

    private static string Label(JsonElement comparison, Domain.Periods.Frequency frequency)
    {
        var code = comparison.GetProperty("period").GetString() ?? string.Empty;
        return Domain.Periods.ReportingPeriodPattern.Parse(code, frequency) is { Success: true } period ? period.Value.Label : code;
    }
}
