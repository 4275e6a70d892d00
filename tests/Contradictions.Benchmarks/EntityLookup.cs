using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>
/// A pack with a vocabulary of 10,000 or 100,000 entities (the size of a full drug-name list), each with two aliases:
/// loading it and checking one seed article (issue 15, item 17). Entity lookup should grow near-linearly, so the
/// 100k figure should stay near ten times the 10k one, or below; before the fix 10k took 14.6 s and 100k over 120 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EntityLookup
{
    // Under the 1 MiB a pack file may hold (CTR104).
    private const int EntitiesPerFile = 5_000;

    private string pack = null!;
    private SourceDocument article = null!;
    private ContradictionChecker checker = null!;

    /// <summary>How many generated entities the pack holds besides the default pack's own.</summary>
    [Params(10_000, 100_000)]
    public int Entities { get; set; }

    /// <summary>Writes the default pack's files and the generated entities to a temporary pack folder.</summary>
    [GlobalSetup]
    public void WritePack()
    {
        pack = Path.Combine(Path.GetTempPath(), "contradictions-entities-" + Guid.NewGuid().ToString("N"));
        var rules = Path.Combine(Repository.Root, "rules");
        foreach (var file in Directory.GetFiles(rules, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(pack, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Directory.CreateDirectory(Path.Combine(pack, "generated"));
        for (var first = 0; first < Entities; first += EntitiesPerFile)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"entities-{first / EntitiesPerFile:D3}.yaml");
            File.WriteAllText(Path.Combine(pack, "generated", name), EntitiesFile(first, Math.Min(EntitiesPerFile, Entities - first)));
        }

        article = SourceDocument.FromFile(Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).First());
        checker = new ContradictionCheckerBuilder().UsePack(pack).Build();
    }

    /// <summary>Removes the pack folder.</summary>
    [GlobalCleanup]
    public void RemovePack() => Directory.Delete(pack, recursive: true);

    /// <summary>Loads the pack, builds a checker and checks one article: what one run of the command costs.</summary>
    [Benchmark(Baseline = true)]
    public int LoadAndCheckOneArticle() => new ContradictionCheckerBuilder().UsePack(pack).Build().Check([article], []).Assertions.Count;

    /// <summary>Checks one article with the checker already built: the lookup alone.</summary>
    [Benchmark]
    public int CheckOneArticle() => checker.Check([article], []).Assertions.Count;

    // Made-up names of letters only, unlike each other and any word in an article, with two aliases each.
    private static string EntitiesFile(int first, int count)
    {
        var yaml = new StringBuilder("entities:\n");
        for (var i = first; i < first + count; i++)
        {
            var name = "Zo" + Letters(i) + "ex";
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: generated-{i}\n    name: {name}\n    kind: racemic-drug\n    aliases: [{name} tablets, {Letters(i)}-{i % 997}]\n");
        }

        return yaml.ToString();
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var n = number; ; n /= 26)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
            if (n < 26)
            {
                break;
            }
        }

        return letters.ToString();
    }
}
