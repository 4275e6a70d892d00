using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Contradictions.Benchmarks.Corpus;
using Contradictions.Claims;
using Contradictions.Reliability;

namespace Contradictions.Benchmarks;

/// <summary>
/// Reliability's copy detection over one claim that every source rewords (<see cref="RewordedClaim"/>): comparing
/// only sentences that share a rare word against comparing every pair. The first should grow with the sources.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CopyDetection
{
    private List<Assertion> claim = null!;

    /// <summary>How many sources make the claim.</summary>
    [Params(1_000, 2_000, 4_000)]
    public int Sources { get; set; }

    /// <summary>Makes the claim.</summary>
    [GlobalSetup]
    public void Make() => claim = RewordedClaim.Make(Sources);

    /// <summary>Groups of copies, comparing sentences that share one of their rarest words.</summary>
    [Benchmark(Baseline = true)]
    public int SharedRareWords() => TruthFinder.Copies(claim, everyPair: false).Count;

    /// <summary>Groups of copies, comparing every pair of differently worded sentences.</summary>
    [Benchmark]
    public int EveryPair() => TruthFinder.Copies(claim, everyPair: true).Count;
}
