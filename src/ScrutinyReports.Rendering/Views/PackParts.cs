namespace ScrutinyReports.Rendering.Views;

/// <summary>A numbered part of the report body. <see cref="Paragraphs"/> is officer text; <see cref="Kind"/> tells the template what else goes in it.</summary>
public sealed record SectionView(string Number, string Title, string Anchor, string Kind, IReadOnlyList<string> Paragraphs)
{
    public string Heading => $"{Number} {Title}";
}

/// <summary>A labelled line of the cover sheet; left out when there is nothing to say.</summary>
public sealed record CoverLine(string Label, string Value);

public sealed record EmployeeView(string Name, string Role, string Telephone, string Email);

public sealed record CountView(string Label, string Symbol, int Count, string Code);

/// <summary>An indicator singled out in the summary or the exceptions, with why.</summary>
public sealed record HighlightView(string Name, string Anchor, string Figure, string Detail, string Reason);

public sealed record GlossaryEntry(string Term, string Meaning);

/// <summary>A theme's heading, the generated paragraph that analyses it, and its indicators in catalogue order.</summary>
public sealed record ThemeView(string Number, string Name, string Anchor, string Analysis, IReadOnlyList<IndicatorRowView> Indicators)
{
    public string Heading => $"{Number} {Name}";

    /// <summary>Said under the theme's table about its comparators (whose figures they are); empty when nothing needs saying.</summary>
    public string ComparatorsNote { get; init; } = string.Empty;
}

/// <summary>A red or amber indicator on the performance page: its figure with period, where it stands against target and how it moved.</summary>
public sealed record OffTargetView(string Name, string Anchor, string RagSymbol, string Rag, string RagCode, string Figure, string Target, string Movement);

/// <summary>
/// A ranked exception: <see cref="Detail"/> is every reason in one string (as older templates read it),
/// <see cref="Reasons"/> the same sentences one by one, <see cref="Reason"/> the reason the service gave.
/// </summary>
public sealed record ExceptionView(string Name, string Anchor, string Figure, string Detail, string Reason, IReadOnlyList<string> Reasons);
