namespace Contradictions.Benchmarks;

/// <summary>Paths in the repository the benchmarks read from.</summary>
public static class Repository
{
    /// <summary>The repository root: the folder that holds <c>Contradictions.sln</c>, above the working directory or the program.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed articles.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Contradictions.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Contradictions.sln not found above the working directory or the program.");
    }
}
