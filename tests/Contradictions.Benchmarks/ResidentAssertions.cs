using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Contradictions.Claims;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>
/// What one assertion costs while a check holds it: the seeds' assertions, repeated by many sources, each kept as a
/// check keeps it (its own id; its value, qualifier list, quote and words through the check's pool, one copy for
/// all the sources that repeat them). Everything the operation allocates is kept, so the allocated bytes divided by
/// <see cref="Assertions"/> are the resident cost of an assertion (the README's target is 300 bytes).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ResidentAssertions
{
    private IReadOnlyList<Assertion> seed = null!;
    private string[] sources = null!;

    /// <summary>How many assertions to keep.</summary>
    [Params(100_000, 1_000_000)]
    public int Assertions { get; set; }

    /// <summary>The seeds' assertions and a source id for each of their repetitions (a source id is kept once per source anyway).</summary>
    [GlobalSetup]
    public void Read()
    {
        var checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
        seed = checker.Check(Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList()).Assertions;
        sources = Enumerable.Range(0, (Assertions / seed.Count) + 1).Select(i => $"{i:D6}.txt").ToArray();
    }

    /// <summary>Makes and keeps the assertions; returns them so that nothing is collected before it is counted.</summary>
    [Benchmark]
    public Assertion[] Keep()
    {
        var pool = new StringPool();
        var kept = new Assertion[Assertions];
        for (var i = 0; i < kept.Length; i++)
        {
            var a = seed[i % seed.Count];
            var source = sources[i / seed.Count];
            kept[i] = a with
            {
                Id = $"{source}#{(i % seed.Count) + 1}",
                SourceId = source,
                Value = pool.Share(a.Value),
                Qualifiers = pool.Share(a.Qualifiers),
                Quote = pool.Share(a.Quote),
                SubjectText = pool.Share(a.SubjectText),
                DateText = pool.Share(a.DateText),
            };
        }

        return kept;
    }
}
