namespace ScrutinyReports.Ingestion.Subscribers;

/// <summary>
/// A plausibility check, not a full RFC 5322 parser: one "@" with something before it, a dotted domain after it, and
/// no spaces. Mail servers make the final judgement; this catches the typing slips a spreadsheet collects.
/// </summary>
public static class EmailAddress
{
    public static bool LooksValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '"' or '[' or ']' or ':' or '\\'))
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }
}
