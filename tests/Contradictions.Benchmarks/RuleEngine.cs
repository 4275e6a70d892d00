using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Contradictions.Claims;
using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>
/// The rules over many assertions, without extraction: the seed articles' assertions repeated by many sources, as a
/// crawl repeats a few claims. Doubling the assertions should at most double the time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RuleEngine
{
    private ContradictionChecker checker = null!;
    private List<Assertion> assertions = null!;

    /// <summary>How many assertions to check.</summary>
    [Params(1_000, 100_000, 250_000, 500_000, 1_000_000)]
    public int Assertions { get; set; }

    /// <summary>Repeats the seeds' assertions under new source ids until there are enough.</summary>
    [GlobalSetup]
    public void Repeat()
    {
        checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
        var seed = checker.Check(Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList()).Assertions;
        assertions = Enumerable.Range(0, Assertions)
            .Select(i =>
            {
                var a = seed[i % seed.Count];
                var source = $"{i / seed.Count:D7}-{a.SourceId}";
                return a with { Id = $"{source}#{(i % seed.Count) + 1}", SourceId = source };
            })
            .ToList();
    }

    /// <summary>Groups, runs every rule, and builds the report model.</summary>
    [Benchmark]
    public Report CheckAssertions() => checker.CheckAssertions(assertions, []);
}
