using System.Globalization;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// The panel pack as a reader meets it, built once from a report and shared by the HTML templates and the PDF:
/// cover sheet, numbered sections, performance on a page, a table and analysis per theme, exceptions with the
/// service's reasons, questions for scrutiny, missing data and a glossary. Everything here is display text.
/// </summary>
public sealed class PanelPackView
{
    // Wording the default templates always print, beside the generated text: the RAG column, the exceptions rule.
    private static readonly string[] TemplateWording = ["RAG", "statistically significant", "chance variation", "context measures"];

    public PanelPackView(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var panel = report.Panel;
        Rows = report.Indicators.Select(entry => new IndicatorRowView(entry, period => report.DataQuality.IsRevised(entry.Analysis.Indicator.Id, period),
            QualityNote(report, entry))).ToList();
        DataQuality = report.DataQuality.Warnings.Select(w =>
        {
            var row = Rows.FirstOrDefault(r => string.Equals(r.Id, w.IndicatorId, StringComparison.OrdinalIgnoreCase));
            return new HighlightView(row?.Name ?? w.IndicatorId, row?.Anchor ?? string.Empty,
                row?.Analysis.Indicator.ShortPeriodLabel(w.Period) ?? w.Period.ShortLabel, KindText(w.Kind), w.Message);
        }).ToList();
        Title = panel.TitleFor(report.Period.Label);
        PanelName = panel.Name;
        Council = panel.Council ?? string.Empty;
        MeetingDate = panel.MeetingDate is { } date ? DisplayText.Date(date) : string.Empty;
        AgendaItem = panel.AgendaItem ?? string.Empty;
        Period = report.Period.Label;
        PeriodCode = report.Period.Code;
        GeneratedAt = report.GeneratedAt.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Fingerprint = report.InputFingerprint;
        Marking = panel.Audience == Audience.Public ? "PUBLIC [NOT PROTECTIVELY MARKED]" : "INTERNAL: NOT FOR PUBLICATION";
        AudienceText = panel.Audience == Audience.Public ? "Public" : "Internal";
        Cover = CoverLines(panel, Title, AudienceText, report.Comparators.Borrowed);
        Employees = panel.AccountableEmployees.Select(e => new EmployeeView(e.Name, e.Role ?? string.Empty, e.Telephone ?? string.Empty, e.Email ?? string.Empty)).ToList();
        ConsideredBy = panel.ConsideredBy.Select(c => new CoverLine(c.Body, c.Date is { } d ? DisplayText.Date(d) : "Date to be confirmed")).ToList();
        Recommendations = panel.Recommendations;

        var judged = Rows.Where(r => r.Analysis.Indicator.Polarity != Polarity.Neutral).ToList();
        RagCounts =
        [
            new("Green: on target", "✔", Rows.Count(r => r.Analysis.Rag == Rag.Green), "green"),
            new("Amber: close to target", "▲", Rows.Count(r => r.Analysis.Rag == Rag.Amber), "amber"),
            new("Red: off target", "✖", Rows.Count(r => r.Analysis.Rag == Rag.Red), "red"),
            new("No rating (no target or no figure)", "–", Rows.Count(r => r.Analysis.Rag == Rag.None), "none"),
        ];
        DirectionCounts =
        [
            new("Improved", "↑", judged.Count(r => r.Analysis.Previous.Direction == Direction.Improved), "improved"),
            new("Worsened", "↓", judged.Count(r => r.Analysis.Previous.Direction == Direction.Worsened), "worsened"),
            new("Unchanged", "=", Rows.Count(r => r.Analysis.Previous.Direction == Direction.Unchanged), "unchanged"),
            new("Context measures that rose or fell", "↕", Rows.Count(r => r.Analysis.Previous.Direction is Direction.Increased or Direction.Decreased), "context"),
            new("Not comparable with the previous period", "?", Rows.Count(r => r.Analysis.Previous.Direction == Direction.NotComparable), "none"),
        ];
        OffTarget = Rows.Where(r => r.Analysis.Rag == Rag.Red).Concat(Rows.Where(r => r.Analysis.Rag == Rag.Amber)).Select(OffTargetRow).ToList();
        var real = report.Indicators.Where(ExceptionRanking.IsYearChangeReal).Select(entry => Rows.Single(r => r.Analysis == entry.Analysis)).ToList();
        MostImproved = Movers(real, Direction.Improved);
        MostWorsened = Movers(real, Direction.Worsened);
        Missing = Rows.Where(r => r.Analysis.Current is null or { Status: ObservationStatus.NotAvailable or ObservationStatus.Suppressed })
            .Select(r => new HighlightView(r.Name, r.Anchor, r.Latest, r.Period, r.Analysis.Current is null ? "No figure received" : r.Analysis.Current.Status == ObservationStatus.Suppressed ? "Suppressed: small numbers" : "Not yet available"))
            .ToList();
        var exceptions = report.Exceptions;
        Exceptions = exceptions.Shown.Select(e => ExceptionRow(e, Rows.Single(r => r.Analysis == e.Entry.Analysis))).ToList();
        ExceptionsNotShown = exceptions.NotShown;
        ExceptionsMore = exceptions.NotShown == 0 ? string.Empty
            : $"And {exceptions.NotShown} more indicator{Plural(exceptions.NotShown)} off target or worsening: see the theme sections.";
        Questions = QuestionsFor(exceptions, Rows, Missing);
        FollowUp = new FollowUpView(report.FollowUp);
        HasProvisional = Rows.Any(r => r.IsProvisional);
        HasSuppressed = Rows.Any(r => r.History.Concat(r.Outturns).Any(h => h.Figure.StartsWith("[c]", StringComparison.Ordinal)));

        var number = 0;
        var sections = new List<SectionView>();
        void Add(string title, string kind, string? text)
        {
            if (kind == "text" && string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            number++;
            sections.Add(new SectionView($"{number}.0", title, "section-" + number.ToString(CultureInfo.InvariantCulture), kind, Paragraphs(text)));
        }

        var s = panel.Sections;
        Add("Purpose", "text", s.Purpose);
        Add("Background", "text", s.Background);
        Add("Performance", "performance", PerformanceIntroduction(report, Rows));
        PerformanceNumber = number;
        Add("Questions for scrutiny to consider", "questions", "The questions below are generated from the exceptions in this report, in the same order: what is off target, what has worsened by more than chance variation, and what is missing. Members may wish to put them to officers.");
        if (!report.FollowUp.IsEmpty)
        {
            Add("Recommendations, actions and questions", "followup", FollowUpView.Introduction(report.FollowUp));
        }

        Add("Financial implications", "text", s.FinancialImplications);
        Add("Legal implications", "text", s.LegalImplications);
        Add("Equalities implications", "text", s.EqualitiesImplications);
        Add("Environmental implications", "text", s.EnvironmentalImplications);
        Add("Human resources implications", "text", s.HumanResourcesImplications);
        Add("Corporate landlord implications", "text", s.CorporateLandlordImplications);
        Add("Schedule of background papers", "papers", null);
        Sections = sections;
        BackgroundPapers = [.. panel.BackgroundPapers, $"Indicator figures for {report.Period.Label} as uploaded by the service, and the indicator catalogue they were checked against (input fingerprint {Fingerprint[..19]}…)."];

        var sub = 1;
        Themes = report.Themes
            .Select(theme => theme.Select(entry => Rows.Single(r => r.Analysis == entry.Analysis)).ToList())
            .Select(rows => new ThemeView($"{PerformanceNumber}.{++sub}", rows[0].Analysis.Indicator.Theme, "theme-" + Slug(rows[0].Analysis.Indicator.Theme), ThemeAnalysis(rows), rows)
            {
                ComparatorsNote = report.Comparators.Borrowed is { } borrowed && report.Indicators.Any(e => e.Benchmark.Comparators.Count > 0 && rows.Any(r => r.Analysis == e.Analysis))
                    ? $"Comparators: {borrowed.Statement}"
                    : string.Empty,
            })
            .ToList();
        Breakdowns = report.Indicators.SelectMany(entry => entry.Breakdowns.Select(section => new BreakdownView(entry, section))).ToList();
        BreakdownsNumber = Breakdowns.Count > 0 ? $"{PerformanceNumber}.{++sub}" : string.Empty;
        ExceptionsNumber = $"{PerformanceNumber}.{++sub}";
        MissingNumber = $"{PerformanceNumber}.{++sub}";
        DataQualityNumber = $"{PerformanceNumber}.{++sub}";
        Glossary = Views.Glossary.Used(ShownText());
    }

    public IReadOnlyList<IndicatorRowView> Rows { get; }

    /// <summary>The indicators with an SPC chart, for the variation and assurance table on the summary page.</summary>
    public IReadOnlyList<IndicatorRowView> SpcRows => [.. Rows.Where(row => row.HasSpc)];

    /// <summary>The one-line key to the variation and assurance icons.</summary>
    public string SpcKey { get; } = SpcIcons.Key;

    public string Title { get; }

    public string PanelName { get; }

    public string Council { get; }

    public string MeetingDate { get; }

    public string AgendaItem { get; }

    public string Period { get; }

    public string PeriodCode { get; }

    public string GeneratedAt { get; }

    public string Fingerprint { get; }

    public string Marking { get; }

    public string AudienceText { get; }

    public IReadOnlyList<CoverLine> Cover { get; }

    public IReadOnlyList<EmployeeView> Employees { get; }

    public IReadOnlyList<CoverLine> ConsideredBy { get; }

    public IReadOnlyList<string> Recommendations { get; }

    public IReadOnlyList<SectionView> Sections { get; }

    public int PerformanceNumber { get; }

    public IReadOnlyList<CountView> RagCounts { get; }

    public IReadOnlyList<CountView> DirectionCounts { get; }

    /// <summary>Red then amber indicators, each with its figure, target and movement, for performance on a page.</summary>
    public IReadOnlyList<OffTargetView> OffTarget { get; }

    /// <summary>The largest improvements over the year that are more than noise (see <see cref="ExceptionRanking.IsYearChangeReal"/>).</summary>
    public IReadOnlyList<HighlightView> MostImproved { get; }

    public IReadOnlyList<HighlightView> MostWorsened { get; }

    public IReadOnlyList<ThemeView> Themes { get; }

    /// <summary>Each indicator's breakdowns, in catalogue order and then the panel's order of dimensions.</summary>
    public IReadOnlyList<BreakdownView> Breakdowns { get; }

    public bool HasBreakdowns => Breakdowns.Count > 0;

    /// <summary>The number of the breakdowns part ("3.6"); empty when the report has none.</summary>
    public string BreakdownsNumber { get; }

    public string BreakdownsTitle { get; } = BreakdownsText.Title;

    public string BreakdownsIntroduction { get; } = BreakdownsText.Introduction;

    public string ExceptionsNumber { get; }

    /// <summary>The ranked, capped exceptions: Detail holds every reason, Reason the service's commentary.</summary>
    public IReadOnlyList<ExceptionView> Exceptions { get; }

    /// <summary>How many exceptions the cap left out.</summary>
    public int ExceptionsNotShown { get; }

    /// <summary>"And 4 more indicators off target or worsening: see the theme sections."; empty when none were left out.</summary>
    public string ExceptionsMore { get; }

    public string MissingNumber { get; }

    public IReadOnlyList<HighlightView> Missing { get; }

    public string DataQualityNumber { get; }

    /// <summary>Data-quality warnings: revisions, unusual jumps, data that stopped arriving. Figure holds the period, Detail the kind.</summary>
    public IReadOnlyList<HighlightView> DataQuality { get; }

    public bool HasRevised => Rows.Any(r => r.HasRevisedFigure);

    public IReadOnlyList<string> Questions { get; }

    /// <summary>The panel's recommendations, actions and questions; <see cref="FollowUpView.HasItems"/> is false when it keeps no log.</summary>
    public FollowUpView FollowUp { get; }

    /// <summary>The anchor of the follow-up section; empty when the pack has none.</summary>
    public string FollowUpAnchor => Sections.FirstOrDefault(s => s.Kind == "followup")?.Anchor ?? string.Empty;

    public IReadOnlyList<string> BackgroundPapers { get; }

    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    public bool HasProvisional { get; }

    public bool HasSuppressed { get; }

    public int IndicatorCount => Rows.Count;

    // Everything the pack prints besides template wording, for the glossary to find its terms in.
    private IEnumerable<string> ShownText()
    {
        IEnumerable<string> Row(IndicatorRowView r) =>
        [
            r.Name, r.Definition, r.GoodDirection, r.Period, r.Latest, r.PreviousPeriod, r.Previous, r.Change, r.Direction, r.YearAgoPeriod, r.YearAgo,
            r.YearChange, r.YearDirection, r.Target, r.TargetAndTolerance, r.Rag, r.QualityNote, r.Narrative, r.Commentary, r.Comparators, r.Comparison, r.Chart.Description,
            r.Position?.Title ?? string.Empty, r.PositionDescription, .. r.PositionKey,
            .. r.Outturns.SelectMany(f => new[] { f.Period, f.Figure }), .. r.History.SelectMany(f => new[] { f.Period, f.Figure }),
        ];
        IEnumerable<string> Highlight(HighlightView h) => [h.Name, h.Figure, h.Detail, h.Reason];
        return
        [
            .. TemplateWording, Title, Period, .. Cover.Select(c => c.Value), .. Recommendations, .. Sections.SelectMany(s => s.Paragraphs.Prepend(s.Title)),
            .. RagCounts.Select(c => c.Label), .. DirectionCounts.Select(c => c.Label),
            .. OffTarget.SelectMany(o => new[] { o.Name, o.Rag, o.Figure, o.Target, o.Movement }),
            .. MostImproved.SelectMany(Highlight), .. MostWorsened.SelectMany(Highlight), .. Missing.SelectMany(Highlight), .. DataQuality.SelectMany(Highlight),
            .. Themes.SelectMany(t => new[] { t.Name, t.Analysis }), .. Rows.SelectMany(Row),
            .. Breakdowns.SelectMany(BreakdownsText.Shown),
            .. Exceptions.SelectMany(e => e.Reasons.Append(e.Figure).Append(e.Reason)), ExceptionsMore, .. Questions, .. BackgroundPapers,
            .. FollowUp.Open.Concat(FollowUp.Closed).SelectMany(f => f.Movements.Prepend(f.Text).Append(f.Update).Append(f.Status)),
        ];
    }

    private static string KindText(Domain.Quality.DataQualityWarningKind kind) => kind switch
    {
        Domain.Quality.DataQualityWarningKind.Revised => "Revised since first received",
        Domain.Quality.DataQualityWarningKind.UnusualJump => "Unusual change",
        Domain.Quality.DataQualityWarningKind.StoppedArriving => "Data stopped arriving",
        Domain.Quality.DataQualityWarningKind.RateDisagreesWithCount => "Rate disagrees with count",
        _ => "Parts do not add up",
    };

    // Revisions are marked "(revised)" on the figure itself; every other warning on the latest figure is noted beside it.
    private static string QualityNote(ScrutinyReport report, IndicatorEntry entry)
    {
        var kinds = report.DataQuality.Warnings
            .Where(w => w.IsWholeAuthority && w.Kind != Domain.Quality.DataQualityWarningKind.Revised && w.Period == entry.Analysis.Period &&
                        string.Equals(w.IndicatorId, entry.Analysis.Indicator.Id, StringComparison.OrdinalIgnoreCase))
            .Select(w => KindText(w.Kind).ToLowerInvariant())
            .Distinct()
            .ToList();
        return kinds.Count == 0 ? string.Empty : $"Data-quality check: {string.Join("; ", kinds)}. See Data quality.";
    }

    private static List<CoverLine> CoverLines(Panel panel, string title, string audience, BorrowedComparators? borrowed)
    {
        var lines = new List<CoverLine>
        {
            new("Report title", title),
            new("Cabinet member with lead responsibility", panel.CabinetMember ?? string.Empty),
            new("Wards affected", panel.WardsAffected ?? string.Empty),
            new("Accountable director", panel.AccountableDirector ?? string.Empty),
            new("Originating service", panel.OriginatingService ?? string.Empty),
            new("Intended audience", audience),
            new("About the figures", borrowed?.Statement ?? string.Empty),
        };
        return lines.Where(line => line.Value.Length > 0).ToList();
    }

    private static OffTargetView OffTargetRow(IndicatorRowView row)
    {
        var analysis = row.Analysis;
        var indicator = analysis.Indicator;
        return new OffTargetView(row.Name, row.Anchor, row.RagSymbol, row.Rag, row.RagCode, $"{row.Latest} in {indicator.PeriodLabel(analysis.Period)}",
            TargetWording.Standing(analysis.Target!, indicator), Capital(Movement(analysis.Previous, indicator, withFigure: true))
            + (row.Entry.PreviousChangeIsUsual ? ", " + UsualVariation.Phrase(indicator.Frequency) : string.Empty));
    }

    private static ExceptionView ExceptionRow(ReportException exception, IndicatorRowView row)
    {
        var reasons = exception.Reasons.Select(r => r.Text).ToList();
        return new ExceptionView(row.Name, row.Anchor, $"{row.Latest} ({row.Period})", string.Join(" ", reasons),
            row.Commentary.Length > 0 ? row.Commentary : "The service has not given a reason.", reasons);
    }

    /// <summary>
    /// How a figure moved against an earlier one, in words right for its polarity and without brackets:
    /// "worsened from 24.0% in August 2019, up 0.6 percentage points"; "rose from 580 in August 2019, up 8, a rise of 1.4%".
    /// </summary>
    private static string Movement(PeriodComparison comparison, Indicator indicator, bool withFigure)
    {
        if (comparison.EarlierValue is not { } then || comparison.Change is not { } change)
        {
            return $"no figure for {indicator.PeriodLabel(comparison.Period)} to compare with";
        }

        var from = $"{ValueFormatter.Value(then, indicator)} in {indicator.PeriodLabel(comparison.Period)}";
        if (change == 0)
        {
            return $"unchanged from {from}";
        }

        var verb = comparison.Direction switch
        {
            Direction.Improved => "improved",
            Direction.Worsened => "worsened",
            _ => change > 0 ? "rose" : "fell",
        };
        var size = $"{(change > 0 ? "up" : "down")} {ValueFormatter.Change(change, indicator)}";
        var relative = comparison.RelativeChange is { } percent ? $", {(change > 0 ? "a rise" : "a fall")} of {ValueFormatter.Number(Math.Abs(percent), 1)}%" : string.Empty;
        return withFigure ? $"{verb} from {from}, {size}{relative}" : $"{size} from {from}{relative}";
    }

    // Movements of different units are ranked by their size relative to the earlier figure; only changes over the year that are more than noise.
    private static List<HighlightView> Movers(List<IndicatorRowView> real, Direction direction) => real
        .Where(r => r.Analysis.YearAgo.Direction == direction && r.Analysis.YearAgo.EarlierValue is { } earlier && earlier != 0)
        .OrderByDescending(r => Math.Abs(r.Analysis.YearAgo.Change!.Value / r.Analysis.YearAgo.EarlierValue!.Value))
        .ThenBy(r => r.Name, StringComparer.Ordinal)
        .Take(3)
        .Select(r => new HighlightView(r.Name, r.Anchor, $"{r.Latest} in {r.Analysis.Indicator.PeriodLabel(r.Analysis.Period)}", Capital(Movement(r.Analysis.YearAgo, r.Analysis.Indicator, withFigure: false)), string.Empty))
        .ToList();

    private static List<string> QuestionsFor(ExceptionList exceptions, IReadOnlyList<IndicatorRowView> rows, IReadOnlyList<HighlightView> missing)
    {
        var questions = exceptions.Shown.Select(e => Question(e, rows.Single(r => r.Analysis == e.Entry.Analysis))).ToList();
        if (missing.Count > 0)
        {
            questions.Add($"No usable figure is available this period for {missing.Count} indicator{(missing.Count == 1 ? string.Empty : "s")} ({string.Join(", ", missing.Select(m => m.Name))}). When will the figures be available, and is anything preventing their collection?");
        }

        return questions;
    }

    private static string Question(ReportException exception, IndicatorRowView row)
    {
        var analysis = exception.Entry.Analysis;
        var indicator = analysis.Indicator;
        var kinds = exception.Reasons.Select(r => r.Kind).ToList();
        var also = new List<string>();
        if (kinds.Contains(ExceptionReasonKind.WorseThanEngland))
        {
            also.Add("significantly worse than England");
        }

        if (kinds.Contains(ExceptionReasonKind.WorseThanYearAgo))
        {
            also.Add($"worse than the {ValueFormatter.Value(analysis.YearAgo.EarlierValue!.Value, indicator)} of {indicator.PeriodLabel(analysis.YearAgo.Period)} by more than chance variation");
        }

        if (kinds.Contains(ExceptionReasonKind.AdverseTrend))
        {
            also.Add($"on a worsening trend over {TrendWording.Figures(exception.Entry.Benchmark.Last12!, indicator)}");
        }

        if (kinds.Contains(ExceptionReasonKind.ConcerningVariation) && exception.Entry.QualifyingSpc is { LatestSignal: { } signal } spc)
        {
            also.Add($"showing special cause variation of a concerning nature ({SpcWording.Signal(signal, spc)})");
        }

        var figure = $"{row.Name} was {row.Latest} in {indicator.PeriodLabel(analysis.Period)}";
        if (analysis.Target is { Met: false } target)
        {
            var extra = also.Count > 0 ? $"; it is also {Join(also)}" : string.Empty;
            return $"{figure}, {TargetWording.Standing(target, indicator)}{extra}. What is being done to reach the target, and by when?";
        }

        if (kinds[0] == ExceptionReasonKind.ConcerningVariation && also.Count == 1)
        {
            return $"{figure}, {also[0]}. What has changed in the service, and what is being done about it?";
        }

        return kinds[0] == ExceptionReasonKind.AdverseTrend && also.Count == 1
            ? $"{figure}, {also[0]}. What is driving the trend, and what will turn it round?"
            : $"{figure}, {Join(also)}. What explains the change, and is it expected to continue?";
    }

    private static string Join(List<string> parts) => parts.Count switch
    {
        1 => parts[0],
        _ => string.Join(", ", parts.SkipLast(1)) + " and " + parts[^1],
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string PerformanceIntroduction(ScrutinyReport report, IReadOnlyList<IndicatorRowView> rows)
    {
        var withTarget = rows.Count(r => r.Analysis.Target is not null);
        var met = rows.Count(r => r.Analysis.Rag == Rag.Green);
        var introduction = $"This section reports {rows.Count} indicators for {report.Period.Label}. Monthly indicators are shown for {report.Period.Label}; quarterly and annual indicators for the latest quarter or financial year that had ended by then, named beside each figure. " +
               $"Of the {withTarget} indicators with a target and a figure this period, {met} met it. Each indicator is compared with the previous period and the same period a year earlier, and percentages change in percentage points (pts). " +
               "Each theme table also gives the last three financial years (April to March): a whole year's figure is its outturn; otherwise the figure at the year end (March, or quarter 4) is shown, or, where none was received, the same month that year, each named by its period. A trend is stated only where at least 6 of the last 12 periods have a figure, and it names the figures it rests on.";
        return NeighbourModelNote(report) is { } note ? $"{introduction}\n\n{note}" : introduction;
    }

    /// <summary>Which statistical neighbour model the neighbours' figures come from; null when the report shows none.</summary>
    private static string? NeighbourModelNote(ScrutinyReport report)
    {
        var shown = report.Indicators.Any(entry => entry.Benchmark.Comparators.Any(c => c.Kind is ComparatorKind.SnMean or ComparatorKind.SnMedian));
        var borrowed = report.Comparators.Borrowed is { } b ? b.Statement + " " : string.Empty;
        return shown && StatisticalNeighbourModelInfo.Find(report.Comparators.SnModel) is { } model
            ? $"{borrowed}Statistical neighbours: {model.Description}. \u201cNeighbours (mean of 10)\u201d is the average of their published figures for the year shown; a neighbour whose figure was suppressed is left out, so the number can be lower than 10."
            : null;
    }

    private static string ThemeAnalysis(IReadOnlyList<IndicatorRowView> rows)
    {
        var parts = new List<string>();
        var targeted = rows.Where(r => r.Analysis.Target is not null).ToList();
        if (targeted.Count > 0)
        {
            parts.Add($"Of {targeted.Count} indicator{Plural(targeted.Count)} with a target and a figure this period, {targeted.Count(r => r.Analysis.Rag == Rag.Green)} met it, {targeted.Count(r => r.Analysis.Rag == Rag.Amber)} came close (amber) and {targeted.Count(r => r.Analysis.Rag == Rag.Red)} missed it (red).");
        }

        var judged = rows.Where(r => r.Analysis.Previous.IsComparable && r.Analysis.Indicator.Polarity != Polarity.Neutral).ToList();
        if (judged.Count > 0)
        {
            parts.Add($"Against the previous period, {judged.Count(r => r.Analysis.Previous.Direction == Direction.Improved)} improved, {judged.Count(r => r.Analysis.Previous.Direction == Direction.Worsened)} worsened and {judged.Count(r => r.Analysis.Previous.Direction == Direction.Unchanged)} did not change.");
        }

        var context = rows.Count(r => r.Analysis.Indicator.Polarity == Polarity.Neutral);
        if (context > 0)
        {
            parts.Add($"{context} {(context == 1 ? "is a context measure" : "are context measures")} of demand, reported without judgement.");
        }

        var missing = rows.Count(r => r.Analysis.Value is null);
        if (missing > 0)
        {
            parts.Add($"{missing} {(missing == 1 ? "has" : "have")} no usable figure this period.");
        }

        return string.Join(" ", parts);
    }

    private static List<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
}
