namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The repository folder (the one holding ScrutinyReports.sln), found from where the tests run.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "ScrutinyReports.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ScrutinyReports.sln was not found above {AppContext.BaseDirectory}.");
    }
}
