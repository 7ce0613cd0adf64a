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
}
