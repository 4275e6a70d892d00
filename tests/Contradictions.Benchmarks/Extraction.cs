using BenchmarkDotNet.Attributes;
using Contradictions.Benchmarks.Corpus;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>Extraction on one core over a generated corpus, in MB of article text per second.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class Extraction
{
    private List<SourceDocument> documents = null!;
    private ContradictionChecker checker = null!;

    /// <summary>The size of the generated corpus, in UTF-8 bytes.</summary>
    [Params(2_000_000)]
    public int Bytes { get; set; }

    /// <summary>Writes the corpus to a temporary folder and reads it into memory.</summary>
    [GlobalSetup]
    public void Generate()
    {
        checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
        var seeds = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            new CorpusGenerator(checker, seeds).Write(folder, Bytes, seed: 1);
            documents = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads every article's assertions, one after the other on this thread.</summary>
    [Benchmark]
    public int ExtractOnOneCore()
    {
        var count = 0;
        foreach (var document in documents)
        {
            count += checker.Extract(document).Count;
        }

        return count;
    }
}
