using System.Text.RegularExpressions;

namespace ScrutinyReports.Rendering.Views;

/// <summary>The abbreviations children's services reports use; a report's glossary lists those it actually uses.</summary>
public static partial class Glossary
{
    private static readonly (string Term, string Meaning)[] Terms =
    [
        ("A1", "Adoption scorecard: average days between a child entering care and moving in with their adoptive family"),
        ("A2", "Adoption scorecard: average days between the court's placement order and the match with a family"),
        ("A10", "Adoption scorecard: average days between entering care and moving in with an adoptive family, for children who are adopted"),
        ("CIN", "Children in need"), ("CiN", "Children in need"), ("CP", "Child protection"), ("CPP", "Child protection plan"),
        ("CLA", "Children looked after (children in care)"), ("LAC", "Looked-after children"), ("CSE", "Child sexual exploitation"),
        ("EET", "In education, employment or training"), ("NEET", "Not in education, employment or training"), ("EH", "Early help"),
        ("EHA", "Early help assessment"), ("FTE", "First-time entrants (youth justice) or full-time equivalent (workforce)"),
        ("ICPC", "Initial child protection conference"), ("RCPC", "Review child protection conference"), ("IFA", "Independent fostering agency"),
        ("IRO", "Independent reviewing officer"), ("MASH", "Multi-agency safeguarding hub"), ("PEP", "Personal education plan"),
        ("PLO", "Public law outline"), ("RHI", "Return home interview"), ("S47", "Section 47 child protection enquiry"),
        ("SDQ", "Strengths and difficulties questionnaire: a score of a child's emotional wellbeing (lower is better)"),
        ("SGO", "Special guardianship order"), ("SN", "Statistical neighbours: the councils most like this one"),
        ("UASC", "Unaccompanied asylum-seeking children"), ("YOT", "Youth offending team"), ("WM", "West Midlands"),
        ("RAG", "Red, amber, green: red is off target, amber close to target (within the tolerance), green on target"),
        ("pts", "Percentage points: the difference between two percentages (from 20% to 25% is 5 percentage points)"),
        ("[c]", "Suppressed: the figure rests on small numbers and is not published, to protect children's privacy"),
    ];

    /// <summary>The entries whose term appears, as a whole word, in any of the texts.</summary>
    public static IReadOnlyList<GlossaryEntry> Used(IEnumerable<string> texts)
    {
        var all = string.Join("\n", texts);
        return Terms
            .Where(term => term.Term.StartsWith('[') ? all.Contains(term.Term, StringComparison.Ordinal) : Regex.IsMatch(all, $@"(?<![A-Za-z0-9]){Regex.Escape(term.Term)}(?![A-Za-z0-9])"))
            .GroupBy(term => term.Meaning)
            .Select(group => new GlossaryEntry(string.Join(", ", group.Select(t => t.Term)), group.Key))
            .OrderBy(entry => entry.Term, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
