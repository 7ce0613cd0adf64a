using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class RevisionCheckTests
{
    private const ObservationStatus V = ObservationStatus.Validated;
    private const ObservationStatus P = ObservationStatus.Provisional;
    private const ObservationStatus S = ObservationStatus.Suppressed;
    private const ObservationStatus N = ObservationStatus.NotAvailable;

    private static readonly Indicator ClaCount = Indicator("CLA_COUNT", Unit.Count);

    // Versions oldest first, as "value/status" (value "-" for none), uploaded as u1, u2, ... one day apart; and the
    // revisions expected, as "old->new uN->uM". Identical figures (however written) are not revisions.
    public static TheoryData<string[], string[]> Histories => new()
    {
        { [], [] },
        { ["588/V"], [] },
        { ["588/V", "588/V"], [] },                                    // the same workbook sent again
        { ["588/V", "588.0/V"], [] },                                  // 588 and 588.0 are one figure
        { ["588/V", "590/V"], ["588/V->590/V u1->u2"] },
        { ["588/V", "588/V", "590/V"], ["588/V->590/V u1->u3"] },      // the old side is the upload that first stated 588
        { ["588/V", "590/V", "590/V", "588/V"], ["588/V->590/V u1->u2", "590/V->588/V u2->u4"] },
        { ["588/P", "588/V"], ["588/P->588/V u1->u2"] },               // validated at the same value: a change of status
        { ["588/P", "590/V"], ["588/P->590/V u1->u2"] },
        { ["5/V", "-/S"], ["5/V->-/S u1->u2"] },                       // a number withdrawn into suppression
        { ["-/N", "12/V"], ["-/N->12/V u1->u2"] },                     // "not yet available" filled in
        { ["-/S", "-/N"], ["-/S->-/N u1->u2"] },
        { ["-/S", "-/S"], [] },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Find_ReportsEachChange(string[] versions, string[] expected)
    {
        var history = versions.Select((text, i) => Version(Parse(text), i + 1)).ToList();

        var revisions = RevisionCheck.Find(history);

        Assert.Equal(expected, revisions.Select(Describe).ToArray());
        Assert.All(revisions, revision =>
        {
            Assert.Equal("CLA_COUNT", revision.IndicatorId);
            Assert.Equal(September2019, revision.Period);
            Assert.Equal(string.Empty, revision.Breakdown);
            Assert.True(revision.ValueChanged || revision.StatusChanged);
        });
    }

    [Fact]
    public void Find_CommentaryOnlyChange_IsNotARevision()
    {
        var history = new[]
        {
            Version(Figure("CLA_COUNT", September2019, 588m), 1),
            Version(Figure("CLA_COUNT", September2019, 588m, commentary: "Includes two sibling groups."), 2),
        };

        Assert.Empty(RevisionCheck.Find(history));
    }

    [Fact]
    public void Find_KeepsWhoAndWhen()
    {
        var first = Version(Figure("CLA_COUNT", September2019, 588m), 1);
        var second = Version(Figure("CLA_COUNT", September2019, 590m), 2);

        var revision = Assert.Single(RevisionCheck.Find([first, second]));

        Assert.Equal(new UploadReference("u1", "upload-1.xlsx", "officer1@northbridge.example", first.ReceivedAt), revision.OldUpload);
        Assert.Equal(new UploadReference("u2", "upload-2.xlsx", "officer2@northbridge.example", second.ReceivedAt), revision.NewUpload);
        Assert.Equal((588m, V, 590m, V), (revision.OldValue, revision.OldStatus, revision.NewValue, revision.NewStatus));
    }

    [Fact]
    public void Find_VersionsOutOfOrderOrOfAnotherFigure_Throw()
    {
        var first = Version(Figure("CLA_COUNT", September2019, 588m), 2);

        Assert.Throws<ArgumentException>("history", () => RevisionCheck.Find([first, Version(Figure("CLA_COUNT", September2019, 590m), 1)]));
        Assert.Throws<ArgumentException>("history", () => RevisionCheck.Find([first, Version(Figure("CLA_COUNT", September2019.Previous, 590m), 3)]));
        Assert.Throws<ArgumentException>("history", () => RevisionCheck.Find([first, Version(Figure("CLA_COUNT", September2019, 590m, "North"), 3)]));
        Assert.Throws<ArgumentException>("history", () => RevisionCheck.Find([first, Version(Figure("CLA_RATE", September2019, 590m), 3)]));
    }

    // Old and new figures with the indicator's unit and decimals, both uploads with file, time (in UTC) and uploader.
    public static TheoryData<Indicator, string, string, string?, string> Messages => new()
    {
        {
            ClaCount, "588/V", "590/V", "jo@northbridge.example",
            "Children looked after for September 2019 was revised from 588 to 590. The old figure came in upload-1.xlsx (received 3 October 2019 at 09:15 UTC from officer1@northbridge.example); " +
            "the new one in upload-2.xlsx (received 4 October 2019 at 09:15 UTC from jo@northbridge.example). The next report marks it as revised."
        },
        {
            ClaCount, "588/P", "588/V", null,
            "Children looked after for September 2019 was revised from 588 (provisional) to 588 (validated). The old figure came in upload-1.xlsx (received 3 October 2019 at 09:15 UTC from officer1@northbridge.example); " +
            "the new one in upload-2.xlsx (received 4 October 2019 at 09:15 UTC; uploader not recorded). The next report marks it as revised."
        },
        {
            ClaCount, "5/V", "-/S", "jo@northbridge.example",
            "Children looked after for September 2019 was revised from 5 to suppressed. The old figure came in upload-1.xlsx (received 3 October 2019 at 09:15 UTC from officer1@northbridge.example); " +
            "the new one in upload-2.xlsx (received 4 October 2019 at 09:15 UTC from jo@northbridge.example). The next report marks it as revised."
        },
        {
            // 82.04% and 82.01% both show as 82.0% at 1 place: written as stored so that the change can be seen.
            Indicator("CLA_COUNT", Unit.Percent, 1), "82.04/V", "82.01/V", "jo@northbridge.example",
            "Children looked after for September 2019 was revised from 82.04% to 82.01%. The old figure came in upload-1.xlsx (received 3 October 2019 at 09:15 UTC from officer1@northbridge.example); " +
            "the new one in upload-2.xlsx (received 4 October 2019 at 09:15 UTC from jo@northbridge.example). The next report marks it as revised."
        },
        {
            // Seed 003: PEP completion for years 12 to 13, 82% then 80%, shown at 1 place.
            Indicator("CLA_COUNT", Unit.Percent, 1), "82/P", "80/P", "jo@northbridge.example",
            "Children looked after for September 2019 was revised from 82.0% (provisional) to 80.0% (provisional). The old figure came in upload-1.xlsx (received 3 October 2019 at 09:15 UTC from officer1@northbridge.example); " +
            "the new one in upload-2.xlsx (received 4 October 2019 at 09:15 UTC from jo@northbridge.example). The next report marks it as revised."
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Warning_NamesBothFiguresAndUploads(Indicator indicator, string before, string after, string? uploader, string expected)
    {
        var second = Version(Parse(after), 2) with { Uploader = uploader };
        var revision = Assert.Single(RevisionCheck.Find([Version(Parse(before), 1), second]));

        var warning = RevisionCheck.Warning(indicator, revision);

        Assert.Equal(expected, warning.Message);
        Assert.Equal(DataQualityWarningKind.Revised, warning.Kind);
        Assert.Equal(September2019, warning.Period);
    }

    [Fact]
    public void Warning_TimeWithOffset_IsWrittenInUtc()
    {
        // 10:15 at +01:00 (British Summer Time) is 09:15 UTC.
        var received = new DateTimeOffset(2019, 10, 3, 10, 15, 0, TimeSpan.FromHours(1));
        var revision = Assert.Single(RevisionCheck.Find([
            (Figure("CLA_COUNT", September2019, 588m, breakdown: "North"), "u1", "a.xlsx", null, received),
            (Figure("CLA_COUNT", September2019, 590m, breakdown: "North"), "u2", "b.xlsx", null, received.AddHours(1)),
        ]));

        var warning = RevisionCheck.Warning(ClaCount, revision);

        Assert.StartsWith("Children looked after (North) for September 2019 was revised from 588 to 590. The old figure came in a.xlsx (received 3 October 2019 at 09:15 UTC;", warning.Message, StringComparison.Ordinal);
        Assert.Equal("North", warning.Breakdown);
    }

    [Fact]
    public void Warning_ForAnotherIndicator_Throws()
    {
        var revision = Assert.Single(RevisionCheck.Find([Version(Parse("1/V"), 1), Version(Parse("2/V"), 2)]));

        Assert.Throws<ArgumentException>("revision", () => RevisionCheck.Warning(Indicator("CLA_RATE", Unit.Count), revision));
    }

    private static (Observation Figure, string UploadId, string FileName, string? Uploader, DateTimeOffset ReceivedAt) Version(Observation figure, int upload) =>
        (figure, $"u{upload}", $"upload-{upload}.xlsx", $"officer{upload}@northbridge.example",
            new DateTimeOffset(2019, 10, 2, 9, 15, 0, TimeSpan.Zero).AddDays(upload));

    private static Observation Parse(string text)
    {
        var (value, status) = (text.Split('/')[0], text.Split('/')[1]);
        return Figure("CLA_COUNT", September2019, value == "-" ? null : Build.D(value), status switch
        {
            "V" => V,
            "P" => P,
            "S" => S,
            _ => N,
        });
    }

    private static string Describe(Revision revision)
    {
        static string Side(decimal? value, ObservationStatus status) => $"{value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}/{status.ToString()[0]}";

        return $"{Side(revision.OldValue, revision.OldStatus)}->{Side(revision.NewValue, revision.NewStatus)} {revision.OldUpload.UploadId}->{revision.NewUpload.UploadId}";
    }
}
