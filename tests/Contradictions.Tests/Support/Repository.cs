using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Tests.Support;

/// <summary>Paths in the repository, and the seed corpus checked once per test run.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>A checker on the embedded default pack, shared: checkers are immutable and thread-safe.</summary>
    public static ContradictionChecker Checker { get; } = new ContradictionCheckerBuilder().UseDefaultPack().Build();

    public static Report SeedReport => SeedReportValue.Value;

    private static Lazy<Report> SeedReportValue { get; } = new(() => Checker.Check(SeedDocuments()));

    public static IReadOnlyList<SourceDocument> SeedDocuments() =>
        Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();

    public static string SeedFile(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Contradictions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Contradictions.sln not found above the test directory.");
    }
}
