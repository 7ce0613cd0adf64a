namespace ScrutinyReports.Domain.Breakdowns;

/// <summary>
/// The child characteristics the DfE's children in need and children looked after statistics break figures down by,
/// with the category texts those tables use, so that a council's breakdowns line up with the published ones. Common
/// short forms are read as them (<c>10-15</c>, <c>F</c>, <c>Black or Black British</c>).
/// </summary>
public static class DfeCharacteristics
{
    public static BreakdownDimension Age { get; } = new("age",
    [
        new("Under 1 year", alsoWritten: ["under 1", "under one", "<1", "0", "aged under 1", "under 1 years"]),
        new("1 to 4 years", alsoWritten: ["1 to 4", "aged 1 to 4", "aged 1 to 4 years"]),
        new("5 to 9 years", alsoWritten: ["5 to 9", "aged 5 to 9", "aged 5 to 9 years"]),
        new("10 to 15 years", alsoWritten: ["10 to 15", "aged 10 to 15", "aged 10 to 15 years"]),
        new("16 years and over", alsoWritten: ["16 and over", "16+", "16 plus", "16 years and older", "aged 16 and over", "aged 16 years and over", "16 to 17", "16 to 17 years"]),
    ]);

    /// <summary>Male and Female; a child whose sex is not known (unborn, or not recorded) is optional in a complete set.</summary>
    public static BreakdownDimension Sex { get; } = new("sex",
    [
        new("Male", alsoWritten: ["m", "males", "boy", "boys"]),
        new("Female", alsoWritten: ["f", "females", "girl", "girls"]),
        new("Unknown", optional: true, alsoWritten: ["not known", "indeterminate", "unknown or indeterminate", "not recorded", "unborn"]),
    ]);

    /// <summary>The five major ethnic groups, then the two "no information" groups, which a complete set may leave out.</summary>
    public static BreakdownDimension Ethnicity { get; } = new("ethnicity",
    [
        new("White", alsoWritten: ["white british", "white or white british"]),
        new("Mixed or Multiple ethnic groups", alsoWritten: ["mixed", "mixed or multiple", "mixed/multiple ethnic groups", "mixed ethnic groups"]),
        new("Asian or Asian British", alsoWritten: ["asian", "asian/asian british"]),
        new("Black, African, Caribbean or Black British", alsoWritten: ["black", "black or black british", "black/african/caribbean/black british", "black african caribbean or black british"]),
        new("Other ethnic group", alsoWritten: ["other", "any other ethnic group", "other ethnic groups"]),
        new("Refused", optional: true, alsoWritten: ["declined", "refused to say"]),
        new("Information not yet obtained", optional: true, alsoWritten: ["not yet obtained", "information not obtained", "not obtained", "not known"]),
    ]);

    public static IReadOnlyList<BreakdownDimension> All { get; } = [Age, Sex, Ethnicity];
}
