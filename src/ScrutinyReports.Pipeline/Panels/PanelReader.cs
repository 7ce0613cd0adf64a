using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Panels;

/// <summary>The outcome of reading a panel file: the panel, or every problem found, located in the file.</summary>
public sealed record PanelReadResult(Panel? Panel, IReadOnlyList<string> Errors);

/// <summary>
/// Reads a panel configuration file (JSON, camelCase, as in the README). Malformed JSON is reported by line and
/// column; a wrong value by its field ("accountableEmployees[0].email"). Unknown fields are errors too, so a
/// mistyped name is never silently ignored.
/// </summary>
public static partial class PanelReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The longest name or title a panel file may give (panel, council, people, bodies).</summary>
    public const int MaxShortText = 200;

    /// <summary>The longest paragraph a panel file may give (a report section, a recommendation, a background paper).</summary>
    public const int MaxLongText = 10_000;

    private static readonly string[] SectionNames =
    [
        "purpose", "background", "financialImplications", "legalImplications", "equalitiesImplications",
        "environmentalImplications", "humanResourcesImplications", "corporateLandlordImplications",
    ];

    // A list longer than a page stops being a list of what matters.
    private const int FewestExceptions = 1;
    private const int MostExceptions = 30;

    // A year: an item overdue longer than that has long since been the chair's concern.
    private const int MostOverdueDays = 365;

    /// <summary>
    /// Reads a panel file. With a <paramref name="catalogue"/> that has indicators, each breakdown must name one of them;
    /// without, indicators are checked only when a report is built (one not in the catalogue then has no breakdown).
    /// </summary>
    public static PanelReadResult Read(Stream content, string fileName, IndicatorCatalogue? catalogue = null)
    {
        PanelDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PanelDocument>(content, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $", line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" ({ex.Path[2..]})";
            return new PanelReadResult(null, [$"{Echo.Plain(fileName)}{where}{field}: {JsonShapeWords.Explain(ex, typeof(PanelDocument))}"]);
        }

        if (document is null)
        {
            return new PanelReadResult(null, [$"{Echo.Plain(fileName)}: the file is empty; expected a JSON object with at least id and name"]);
        }

        var errors = new List<string>();
        void Fail(string field, string message) => errors.Add($"{Echo.Plain(fileName)} ({field}): {message}");

        if (string.IsNullOrWhiteSpace(document.Id) || !Slug().IsMatch(document.Id))
        {
            Fail("id", $"expected a short id of lower-case letters, digits and hyphens, such as \"cypf\"; found {Echo.Quote(document.Id)}");
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            Fail("name", "expected the panel's name");
        }

        var meeting = Date(document.MeetingDate, "meetingDate", Fail);
        var audience = document.Audience?.Trim().ToUpperInvariant() switch
        {
            null or "" or "PUBLIC" => Audience.Public,
            "INTERNAL" => Audience.Internal,
            _ => Failed(Audience.Public, () => Fail("audience", $"expected public or internal; found {Echo.Quote(document.Audience)}")),
        };

        if (document.DataDeadlineDay is < 1 or > 28)
        {
            Fail("dataDeadlineDay", $"expected a day of the month from 1 to 28; found {document.DataDeadlineDay}");
        }

        if (document.MaxExceptions is < FewestExceptions or > MostExceptions)
        {
            Fail("maxExceptions", $"expected how many exceptions to list, a whole number from {FewestExceptions} to {MostExceptions}; found {document.MaxExceptions}");
        }

        if (document.LocalAuthority is { } la && !ThreeDigits().IsMatch(la))
        {
            Fail("localAuthority", $"expected the DfE three-digit local authority code, such as \"336\"; found {Echo.Quote(la)}");
        }

        var employees = new List<AccountableEmployee>();
        foreach (var (employee, i) in (document.AccountableEmployees ?? []).Select((e, i) => (e, i)))
        {
            if (employee is null)
            {
                Fail($"accountableEmployees[{i}]", "expected a person, such as {\"name\": \"Head of Service\", \"email\": \"...\"}; found null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(employee.Name))
            {
                Fail($"accountableEmployees[{i}].name", "expected a name (a role title is fine)");
            }

            if (employee.Email is { } email && !Email().IsMatch(email))
            {
                Fail($"accountableEmployees[{i}].email", $"expected an e-mail address; found {Echo.Quote(email)}");
            }

            employees.Add(new AccountableEmployee(employee.Name ?? string.Empty, Blank(employee.Role), Blank(employee.Telephone), Blank(employee.Email)));
        }

        var considered = new List<Consideration>();
        foreach (var (body, i) in (document.ConsideredBy ?? []).Select((c, i) => (c, i)))
        {
            if (body is null)
            {
                Fail($"consideredBy[{i}]", "expected a body and date, such as {\"body\": \"Leadership Team\", \"date\": \"2019-10-01\"}; found null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(body.Body))
            {
                Fail($"consideredBy[{i}].body", "expected the name of the body");
            }

            considered.Add(new Consideration(body.Body ?? string.Empty, Date(body.Date, $"consideredBy[{i}].date", Fail)));
        }

        foreach (var (field, value) in new (string, string?)[]
        {
            ("name", document.Name), ("council", document.Council), ("agendaItem", document.AgendaItem), ("reportTitle", document.ReportTitle),
            ("cabinetMember", document.CabinetMember), ("wardsAffected", document.WardsAffected), ("accountableDirector", document.AccountableDirector),
            ("originatingService", document.OriginatingService),
        })
        {
            TooLong(value, field, MaxShortText, Fail);
        }

        foreach (var (employee, i) in (document.AccountableEmployees ?? []).Select((e, i) => (e, i)).Where(e => e.e is not null))
        {
            TooLong(employee.Name, $"accountableEmployees[{i}].name", MaxShortText, Fail);
            TooLong(employee.Role, $"accountableEmployees[{i}].role", MaxShortText, Fail);
            TooLong(employee.Telephone, $"accountableEmployees[{i}].telephone", MaxShortText, Fail);
            TooLong(employee.Email, $"accountableEmployees[{i}].email", MaxShortText, Fail);
        }

        foreach (var (body, i) in (document.ConsideredBy ?? []).Select((c, i) => (c, i)).Where(c => c.c is not null))
        {
            TooLong(body.Body, $"consideredBy[{i}].body", MaxShortText, Fail);
        }

        foreach (var (field, items) in new[] { ("recommendations", document.Recommendations), ("backgroundPapers", document.BackgroundPapers) })
        {
            foreach (var (item, i) in (items ?? []).Select((item, i) => (item, i)))
            {
                TooLong(item, $"{field}[{i}]", MaxLongText, Fail);
            }
        }

        foreach (var (name, text) in document.Sections ?? [])
        {
            TooLong(text, $"sections.{Echo.Plain(name)}", MaxLongText, Fail);
        }

        var breakdowns = Breakdowns(document.Breakdowns, catalogue, Fail);
        var readers = Readers(document.Readers, Fail);
        var chair = Chair(document.Chair, Fail);
        if (document.ChairOverdueDays is < 0 or > MostOverdueDays)
        {
            Fail("chairOverdueDays", $"expected how many days past due an item must be before the chair is told, a whole number from 0 to {MostOverdueDays}; found {document.ChairOverdueDays}");
        }

        NoNullItems(document.Recommendations, "recommendations", Fail);
        NoNullItems(document.BackgroundPapers, "backgroundPapers", Fail);
        var sections = document.Sections ?? [];
        foreach (var unknown in sections.Keys.Where(key => !SectionNames.Contains(key, StringComparer.OrdinalIgnoreCase)))
        {
            Fail($"sections.{Echo.Plain(unknown)}", $"unknown section; expected one of {string.Join(", ", SectionNames)}");
        }

        if (errors.Count > 0)
        {
            return new PanelReadResult(null, errors);
        }

        string? Section(string name) => Blank(sections.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value);
        var panel = new Panel(document.Id!.Trim(), document.Name!.Trim())
        {
            Council = Blank(document.Council),
            MeetingDate = meeting,
            AgendaItem = Blank(document.AgendaItem),
            ReportTitle = Blank(document.ReportTitle),
            CabinetMember = Blank(document.CabinetMember),
            WardsAffected = Blank(document.WardsAffected),
            AccountableDirector = Blank(document.AccountableDirector),
            OriginatingService = Blank(document.OriginatingService),
            AccountableEmployees = employees,
            ConsideredBy = considered,
            Recommendations = (document.Recommendations ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList(),
            Audience = audience,
            Sections = new PanelSections
            {
                Purpose = Section("purpose"),
                Background = Section("background"),
                FinancialImplications = Section("financialImplications"),
                LegalImplications = Section("legalImplications"),
                EqualitiesImplications = Section("equalitiesImplications"),
                EnvironmentalImplications = Section("environmentalImplications"),
                HumanResourcesImplications = Section("humanResourcesImplications"),
                CorporateLandlordImplications = Section("corporateLandlordImplications"),
            },
            BackgroundPapers = (document.BackgroundPapers ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList(),
            LocalAuthority = Blank(document.LocalAuthority),
            DataDeadlineDay = document.DataDeadlineDay,
            MaxExceptions = document.MaxExceptions ?? Domain.Reports.ExceptionRanking.DefaultMaximum,
            Breakdowns = breakdowns.Count == 0 ? null : breakdowns,
            Readers = readers.Count == 0 ? null : readers,
            Chair = chair,
            ChairOverdueDays = document.ChairOverdueDays,
        };
        return new PanelReadResult(panel, []);
    }

    private static List<PanelBreakdown> Breakdowns(List<PanelDocument.BreakdownDocument>? documents, IndicatorCatalogue? catalogue, Action<string, string> fail)
    {
        var result = new List<PanelBreakdown>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, i) in (documents ?? []).Select((item, i) => (item, i)))
        {
            var at = $"breakdowns[{i}]";
            if (item is null)
            {
                fail(at, "expected an indicator and its dimensions, such as {\"indicator\": \"RE_REFERRALS\", \"dimensions\": [\"team\", \"age\"]}; found null");
                continue;
            }

            var id = item.Indicator?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                fail($"{at}.indicator", "expected the id of an indicator in the catalogue, such as \"RE_REFERRALS\"");
                continue;
            }

            if (catalogue is { Count: > 0 } && !catalogue.TryGet(id, out _))
            {
                fail($"{at}.indicator", $"unknown indicator {Echo.Quote(id)}; expected the id of an indicator in the catalogue");
                continue;
            }

            if (!seen.Add(id))
            {
                fail($"{at}.indicator", $"{Echo.Quote(id)} is given twice; list all its dimensions in one entry");
                continue;
            }

            if (item.Dimensions is not { Count: > 0 } dimensions)
            {
                fail($"{at}.dimensions", "expected a list of at least one dimension, such as [\"team\", \"age\"]");
                continue;
            }

            var names = new List<string>();
            foreach (var (dimension, j) in dimensions.Select((d, j) => (d, j)))
            {
                var name = dimension?.Trim();
                if (name is null || !Domain.Breakdowns.BreakdownText.IsDimensionName(name))
                {
                    fail($"{at}.dimensions[{j}]", $"expected a dimension name of lower-case letters, digits and underscores, such as \"team\" or \"age\"; found {Echo.Quote(dimension)}");
                }
                else if (names.Contains(name, StringComparer.Ordinal))
                {
                    fail($"{at}.dimensions[{j}]", $"{Echo.Quote(name)} is given twice");
                }
                else
                {
                    names.Add(name);
                }
            }

            result.Add(new PanelBreakdown(catalogue is { Count: > 0 } && catalogue.TryGet(id, out var indicator) ? indicator.Id : id, names));
        }

        return result;
    }

    // Entra group object ids, written as Entra shows them (lower-case, hyphenated), so they compare with the groups claim.
    private static List<string> Readers(List<string>? documents, Action<string, string> fail)
    {
        var readers = new List<string>();
        foreach (var (item, i) in (documents ?? []).Select((item, i) => (item, i)))
        {
            if (!Guid.TryParseExact(item?.Trim() ?? string.Empty, "D", out var group))
            {
                fail($"readers[{i}]", $"expected the object id of a Microsoft Entra group, such as \"6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93\"; found {Echo.Quote(item)}");
            }
            else if (readers.Contains(group.ToString("D"), StringComparer.Ordinal))
            {
                fail($"readers[{i}]", $"{Echo.Quote(item)} is given twice");
            }
            else
            {
                readers.Add(group.ToString("D"));
            }
        }

        return readers;
    }

    // The chair is told by e-mail, so an address is required; a role or telephone number has no use here.
    private static PanelChair? Chair(PanelDocument.EmployeeDocument? document, Action<string, string> fail)
    {
        if (document is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            fail("chair.name", "expected the chair's name, such as \"Cllr Ada Lovelace\"");
        }

        if (document.Email is not { } email || !Email().IsMatch(email.Trim()))
        {
            fail("chair.email", $"expected the chair's e-mail address; found {(document.Email is null ? "nothing" : Echo.Quote(document.Email))}");
        }

        TooLong(document.Name, "chair.name", MaxShortText, fail);
        if (document.Role is not null || document.Telephone is not null)
        {
            fail("chair", "expected only name and email");
        }

        return string.IsNullOrWhiteSpace(document.Name) || document.Email is null ? null : new PanelChair(document.Name.Trim(), document.Email.Trim());
    }

    private static DateOnly? Date(string? text, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fail(field, $"expected a date written as YYYY-MM-DD, such as 2019-10-23; found {Echo.Quote(text)}");
        return null;
    }

    // Long enough for any real title or paragraph; a longer value is a mistake (a pasted document), and it would be
    // repeated on every page of every report.
    private static void TooLong(string? text, string field, int max, Action<string, string> fail)
    {
        if (text is not null && text.Length > max)
        {
            fail(field, Echo.TooLong(text, max));
        }
    }

    // A null in a list of text is a slip in the file (an item left out), never a blank to skip silently.
    private static void NoNullItems(List<string>? items, string field, Action<string, string> fail)
    {
        foreach (var (item, i) in (items ?? []).Select((item, i) => (item, i)))
        {
            if (item is null)
            {
                fail($"{field}[{i}]", "expected text in double quotes; found null");
            }
        }
    }

    private static T Failed<T>(T fallback, Action fail)
    {
        fail();
        return fallback;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex ThreeDigits();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
