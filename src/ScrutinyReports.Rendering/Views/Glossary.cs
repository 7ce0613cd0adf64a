using System.Text.RegularExpressions;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// The terms a panel pack can use, from abbreviations (CLA, S47) to the words of its own analysis (context measure,
/// statistically significant, Q2 2019/20); a pack's glossary lists those its text actually uses, in natural order
/// (A1, A2, A10). Each term has one entry: a term spelt two ways (CIN, CiN) is one entry found by either.
/// </summary>
public static class Glossary
{
    /// <summary>Every entry the glossary can hold, in natural order of term. Thread-safe: immutable.</summary>
    public static IReadOnlyList<GlossaryTerm> All { get; } = new GlossaryTerm[]
    {
        new("A1", "Adoption scorecard: average days between a child entering care and moving in with their adoptive family", @"\bA1\b"),
        new("A2", "Adoption scorecard: average days between the court's placement order and the match with a family", @"\bA2\b"),
        new("A10", "Adoption scorecard: average days between entering care and moving in with an adoptive family, for children who are adopted", @"\bA10\b"),
        new("CIN", "Children in need", @"\bC[Ii]N\b"),
        new("CP", "Child protection", @"\bCP\b"),
        new("CPP", "Child protection plan", @"\bCPP\b"),
        new("CLA", "Children looked after (children in care)", @"\bCLA\b"),
        new("LAC", "Looked-after children", @"\bLAC\b"),
        new("CSE", "Child sexual exploitation", @"\bCSE\b"),
        new("EET", "In education, employment or training", @"\bEET\b"),
        new("NEET", "Not in education, employment or training", @"\bNEET\b"),
        new("EH", "Early help", @"\bEH\b"),
        new("EHA", "Early help assessment", @"\bEHA\b"),
        new("FTE", "First-time entrants (youth justice) or full-time equivalent (workforce)", @"\bFTE\b"),
        new("ICPC", "Initial child protection conference", @"\bICPC\b"),
        new("RCPC", "Review child protection conference", @"\bRCPC\b"),
        new("IFA", "Independent fostering agency", @"\bIFA\b"),
        new("IRO", "Independent reviewing officer", @"\bIRO\b"),
        new("MASE", "Multi-agency sexual exploitation: the meeting that plans for children at risk of sexual exploitation", @"\bMASE\b"),
        new("MASH", "Multi-agency safeguarding hub", @"\bMASH\b"),
        new("PEP", "Personal education plan", @"\bPEP\b"),
        new("PLO", "Public law outline", @"\bPLO\b"),
        new("RHI", "Return home interview", @"\bRHI\b"),
        new("S47", "Section 47 child protection enquiry", @"\bS47\b"),
        new("SDQ", "Strengths and difficulties questionnaire: a score of a child's emotional wellbeing (lower is better)", @"\bSDQ\b"),
        new("SGO", "Special guardianship order", @"\bSGO\b"),
        new("UASC", "Unaccompanied asylum-seeking children", @"\bUASC\b"),
        new("YOT", "Youth offending team", @"\bYOT\b"),
        new("WM", "West Midlands", @"\bWM\b"),
        new("[c] (suppressed)", "A figure not published because it rests on small numbers that could identify children; the pack shows [c] in its place", @"\[c\]|(?i:\bsuppressed\b)"),
        new("Amber tolerance", "How far from its target a figure may be and still be rated amber (close to target) rather than red", @"(?i:\btolerance\b)"),
        new("Chance variation", "The ups and downs a figure shows by chance alone, larger where the numbers are small; a change within it is not evidence of a real change", @"(?i:\bchance variation\b)"),
        new("Confidence interval", "The range within which the true figure is likely to lie, given chance variation; for a 95% confidence interval, 19 times in 20", @"(?i:\bconfidence intervals?\b)"),
        new("Context measure", "A measure of demand or activity, such as the number of children in care, reported without judgement: a rise is neither better nor worse", @"(?i:\bcontext measures?\b)"),
        new("Financial year", "1 April to 31 March, written 2019/20 for 1 April 2019 to 31 March 2020; annual indicators are reported by financial year", @"(?i:\bfinancial years?\b)|\b(19|20)\d\d/\d\d\b"),
        new("Funnel plot", "A chart comparing teams or areas fairly with the whole authority: each is plotted against how many children its figure rests on, between limits that narrow as the numbers grow; outside the 99.8% limits a figure differs by more than chance variation would explain", @"(?i:\bfunnel plots?\b)"),
        new("Per 10,000 children", "A rate: how many for every 10,000 children aged 0 to 17 living in the area, so that councils of different sizes can be compared", @"(?i:\bper 10,000\b)"),
        new("Percentage points (pts)", "The difference between two percentages: from 20% to 25% is a rise of 5 percentage points (a relative rise of 25%)", @"(?i:\bpercentage points?\b)|\bpts\b"),
        new("Provisional", "A figure not yet validated by the service; it may change when the final figure is received", @"(?i:\bprovisional\b)"),
        new("Q1 to Q4 (quarters)", "Quarters of the financial year, which runs from April to March: Q1 is April to June, Q2 July to September, Q3 October to December and Q4 January to March. Q2 2019/20 is July to September 2019; Q4 2019/20 is January to March 2020", @"\bQ[1-4]\b"),
        new("Quartile band", "Where this council's figure falls among all English councils' figures, in four equal groups: band A is the best quarter and band D the worst; for a context measure quartile 1 holds the highest figures and quartile 4 the lowest, without judgement", @"\bband [A-D]\b|(?i:\bquartile)"),
        new("RAG rating", "Red, amber, green: red is off target, amber close to target (within the amber tolerance), green on target", @"\bRAG\b"),
        new("Revised", "A figure that replaced an earlier upload's figure for the same period, marked (revised); the old and new figures are listed under Data quality", @"(?i:\brevised\b)"),
        new("Rolling 12 months", "A figure for the 12 months up to and including the month named, worked out afresh each month: \u201c12 months to September 2019\u201d covers October 2018 to September 2019", @"(?i:\brolling 12\b|\b12 months to\b)"),
        new("Statistical neighbours (SN)", "The ten councils most like this one in their children's population and needs, as grouped by the Department for Education; their figures are a fairer comparison than England's", @"(?i:\bstatistical neighbours?\b|\bneighbours\b)|\bSN\b"),
        new("Statistically significant", "A difference too large to be put down to chance variation, by a statistical test at the 95% level; \u201cnot significantly different\u201d means the difference could be chance", @"(?i:\bsignifican(t|tly|ce)\b)"),
        new("Three-year average (2016-19)", "The average over three financial years, as the adoption scorecard reports: 2016-19 runs from April 2016 to March 2019", @"(?i:\bthree-year average\b)|\b(19|20)\d\d-\d\d\b(?!-)"),
    }.OrderBy(term => term.Term, NaturalTextComparer.Instance).ToList();

    /// <summary>The entries any of whose trigger phrases appears in any of the texts, in natural order of term.</summary>
    public static IReadOnlyList<GlossaryEntry> Used(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var all = string.Join("\n", texts);
        return All.Where(term => term.IsUsedIn(all)).Select(term => new GlossaryEntry(term.Term, term.Meaning)).ToList();
    }
}

/// <summary>A glossary entry with the pattern that finds it in text (its term, or the words it explains).</summary>
public sealed class GlossaryTerm
{
    private readonly Regex trigger;

    public GlossaryTerm(string term, string meaning, string trigger)
    {
        Term = term;
        Meaning = meaning;
        // Compiled: every pack runs each of the fifty or so triggers over all of its text (about a megabyte for 300 indicators),
        // three times faster; compiling costs about 80 ms once per process, which a server making many packs soon earns back.
        this.trigger = new Regex(trigger, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    public string Term { get; }

    public string Meaning { get; }

    public bool IsUsedIn(string text) => trigger.IsMatch(text);
}
