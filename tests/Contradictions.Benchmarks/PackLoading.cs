using BenchmarkDotNet.Attributes;
using Contradictions.Packs;

namespace Contradictions.Benchmarks;

/// <summary>Loading the default pack and building a checker on it: the fixed cost of every run.</summary>
[MemoryDiagnoser]
public class PackLoading
{
    /// <summary>Parses and validates the embedded pack.</summary>
    [Benchmark(Baseline = true)]
    public RulePack LoadDefaultPack() => RulePackLoader.LoadDefault();

    /// <summary>Loads the pack and builds a checker on it.</summary>
    [Benchmark]
    public ContradictionChecker BuildChecker() => new ContradictionCheckerBuilder().UseDefaultPack().Build();
}
