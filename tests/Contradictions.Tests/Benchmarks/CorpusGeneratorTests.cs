using Contradictions.Benchmarks.Corpus;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Benchmarks;

/// <summary>The benchmark corpus generator, at a size small enough for every test run.</summary>
public class CorpusGeneratorTests
{
    private static readonly CorpusGenerator Generator = new(Repository.Checker, Repository.SeedDocuments());

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Path.Combine(Path.GetTempPath(), "contradictions-corpus-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TheSameSeedWritesTheSameBytesAndAnotherSeedDoesNot()
    {
        Generator.Write(Path.Combine(folder, "a"), 100_000, seed: 7);
        Generator.Write(Path.Combine(folder, "b"), 100_000, seed: 7);
        Generator.Write(Path.Combine(folder, "c"), 100_000, seed: 8);
        Assert.Multiple(() =>
        {
            Assert.That(Contents(Path.Combine(folder, "b")), Is.EqualTo(Contents(Path.Combine(folder, "a"))));
            Assert.That(Contents(Path.Combine(folder, "c")), Is.Not.EqualTo(Contents(Path.Combine(folder, "a"))));
        });
    }

    [Test]
    public void TheCorpusReachesTheAskedSizeInArticlesOfAFewKilobytes()
    {
        var manifest = Generator.Write(folder, 200_000, seed: 1);
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Assert.Multiple(() =>
        {
            Assert.That(manifest.Bytes, Is.GreaterThanOrEqualTo(200_000).And.LessThan(220_000));
            Assert.That(files.Sum(f => new FileInfo(f).Length), Is.EqualTo(manifest.Bytes));
            Assert.That(files, Has.Length.EqualTo(manifest.Articles).And.Length.GreaterThan(10));
        });
    }

    [Test]
    public void EveryPlantedClaimIsEvidenceForItsRuleOnItsLine()
    {
        var manifest = Generator.Write(folder, 300_000, seed: 3);
        var report = Repository.Checker.Check(Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Select(SourceDocument.FromFile));
        var evidence = report.Findings
            .SelectMany(f => f.Evidence.Select(e => (f.Rule, e.Source, e.Line)))
            .ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(manifest.Planted.Select(p => p.Claim.Rule).Distinct().Count(), Is.GreaterThanOrEqualTo(5), "planted rules");
            Assert.That(manifest.Planted.Select(p => p.Claim).Distinct().Count(), Is.EqualTo(Generator.Plantable.Count), "every plantable claim planted");
            foreach (var site in manifest.Planted)
            {
                Assert.That(evidence, Does.Contain((site.Claim.Rule, Path.GetFileName(site.File), site.Line)), $"{site.File}:{site.Line} {site.Claim.Rule}");
            }
        });
    }

    [Test]
    public void TheManifestReadsBackAsWritten()
    {
        var manifest = Generator.Write(folder, 50_000, seed: 2);
        Assert.That(CorpusGenerator.ReadManifest(folder), Is.EqualTo(manifest.Planted));
    }

    private static List<(string, string)> Contents(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(directory, f), File.ReadAllText(f)))
            .ToList();
}
