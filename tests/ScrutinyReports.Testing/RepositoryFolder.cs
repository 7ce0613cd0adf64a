namespace ScrutinyReports.Testing;

/// <summary>The repository the tests were built in: where npm ci put the test tools (node_modules).</summary>
public static class RepositoryFolder
{
    /// <summary>The folder holding ScrutinyReports.sln, found from the test assembly's folder upwards.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScrutinyReports.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ScrutinyReports.sln above {AppContext.BaseDirectory}.");
    }
}
