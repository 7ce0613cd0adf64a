using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// The demo's fictional council and what its officers said about September 2019. Figures follow the shape of the
/// seeds' real ones (children in care 624 in March 2019 and 588 in September 2019; children seen within 5 days
/// 55.3% to 77.5%); names are role titles, never people.
/// </summary>
public static class DemoCouncil
{
    public static ReportingPeriod FirstMonth { get; } = ReportingPeriod.Month(2017, 9);

    public static ReportingPeriod LatestMonth { get; } = ReportingPeriod.Month(2019, 9);

    public const string PanelFile = "demo-panel.json";

    /// <summary>The demo panel, read from the complete example configuration shipped with the demo.</summary>
    public static Panel Panel { get; } = LoadPanel();

    public const string Uploader = "performance.officer@northbridge.example";

    /// <summary>Latest-month figures still being validated by the service.</summary>
    public static IReadOnlySet<string> ProvisionalLatest { get; } = new HashSet<string> { "CL_EET", "CL_SUITABLE_ACCOM", "MISSING_EPISODES" };

    /// <summary>Latest-month figures the service could not yet produce: shown as "not yet available", not as zero.</summary>
    public static IReadOnlySet<string> NotYetAvailableLatest { get; } = new HashSet<string> { "SW_SICKNESS" };

    /// <summary>Indicators whose latest period has not been sent at all: the report lists them as missing.</summary>
    public static IReadOnlySet<string> MissingLatest { get; } = new HashSet<string> { "COMPLAINTS_TIMELY" };

    public static Stream OpenPanelFile() => EmbeddedData.Copy(PanelFile);

    private static Panel LoadPanel()
    {
        using var file = OpenPanelFile();
        var result = Panels.PanelReader.Read(file, PanelFile);
        return result.Panel ?? throw new InvalidOperationException("The demo panel is invalid: " + string.Join("; ", result.Errors));
    }

    public static IReadOnlyDictionary<string, string> LatestCommentary { get; } = new Dictionary<string, string>
    {
        ["CIN_SEEN_5D"] = "Duty and assessment teams now review every new referral at a daily huddle, and a second duty worker was added in August.",
        ["REREFERRALS_12M"] = "An audit of 40 re-referrals found that a third had been closed after a single visit without a step-down plan; a step-down checklist starts in October.",
        ["RHI_72H"] = "The commissioned interview service lost two workers in the summer; interviews are being offered by social workers meanwhile.",
        ["CARE_PROCEEDINGS_26W"] = "Four large sibling groups had proceedings extended by the court for further assessments.",
        ["CLA_COUNT"] = "The fall reflects 21 children leaving care to special guardianship and the edge-of-care service preventing admissions.",
        ["SW_TURNOVER"] = "Turnover is the lowest it has been since the workforce strategy began; exit interviews cite caseloads less often.",
    };
}
