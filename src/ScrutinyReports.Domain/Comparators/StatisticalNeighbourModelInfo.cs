namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// A DfE statistical neighbour model the app ships: the code stored with a council's comparators and given to
/// <c>--sn-model</c>, the name of the file the DfE publishes it as, its name and source for report.json, and how
/// the report describes it to councillors. Each model lists every authority's 10 most similar authorities, most
/// similar first. The published files and their licence are in the repository's data/dfe.
/// </summary>
public sealed record StatisticalNeighbourModelInfo(string Code, string FileName, string Name, string Source, string Description)
{
    public static StatisticalNeighbourModelInfo Dfe2025 { get; } = new(
        "2025",
        "sn_model_2025_wide.csv",
        "DfE children's services statistical neighbour model, 2025",
        "Department for Education (sn_model_2025_wide.csv), Open Government Licence v3.0",
        "the Department for Education's 2025 children's services statistical neighbour model (the 10 councils most similar to this one)");

    public static StatisticalNeighbourModelInfo Dfe2021 { get; } = new(
        "2021",
        "New_Statistical_Neighbour_Groupings_April_2021.csv",
        "DfE statistical neighbour groupings, April 2021",
        "Department for Education (New_Statistical_Neighbour_Groupings_April_2021.csv), Open Government Licence v3.0",
        "the Department for Education's April 2021 statistical neighbour groupings (the 10 councils most similar to this one)");

    /// <summary>Newest first: the first is the default.</summary>
    public static IReadOnlyList<StatisticalNeighbourModelInfo> All { get; } = [Dfe2025, Dfe2021];

    /// <summary>The model stored under <paramref name="code"/>, or null for no model or one the app does not know.</summary>
    public static StatisticalNeighbourModelInfo? Find(string? code) => All.FirstOrDefault(model => model.Code == code);
}
