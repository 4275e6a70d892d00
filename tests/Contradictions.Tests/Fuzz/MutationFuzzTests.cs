using System.Diagnostics;
using System.Globalization;
using System.Text;
using Contradictions.Packs;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Fuzz;

/// <summary>
/// Damages the seed articles and the default pack at random for a bounded time and checks that nothing crashes and
/// every assertion still points at its own words. The sequence is fixed by a seed, so a failure replays:
/// <c>CONTRADICTIONS_FUZZ_SEED</c> picks the sequence, <c>CONTRADICTIONS_FUZZ_FROM</c> the first iteration, and
/// <c>CONTRADICTIONS_FUZZ_SECONDS</c> the time (30 by default).
/// </summary>
public class MutationFuzzTests
{
    private const int DefaultSeed = 7_2024;

    private static readonly IReadOnlyList<(string Path, string Text)> DefaultPack =
        Directory.GetFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ("rules/" + Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    private static readonly IReadOnlyList<string> Articles =
        Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Test]
    public void DamagedArticlesAndPacksNeverCrash()
    {
        var seed = Setting("CONTRADICTIONS_FUZZ_SEED", DefaultSeed);
        var from = Setting("CONTRADICTIONS_FUZZ_FROM", 0);
        var budget = TimeSpan.FromSeconds(Setting("CONTRADICTIONS_FUZZ_SECONDS", 30));
        var clock = Stopwatch.StartNew();
        var iteration = from;
        for (; clock.Elapsed < budget; iteration++)
        {
            var random = new Random(HashCode.Combine(seed, iteration));
            try
            {
                if (iteration % 3 == 2)
                {
                    DamagedPack(random);
                }
                else
                {
                    DamagedArticle(random);
                }
            }
            catch (Exception e)
            {
                Assert.Fail($"fuzz seed {seed}, iteration {iteration}: {e}\nReplay: CONTRADICTIONS_FUZZ_SEED={seed} CONTRADICTIONS_FUZZ_FROM={iteration} dotnet test --filter {nameof(DamagedArticlesAndPacksNeverCrash)}");
            }
        }

        TestContext.Out.WriteLine($"fuzz seed {seed}: iterations {from} to {iteration - 1} passed in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static void DamagedArticle(Random random)
    {
        var article = Articles[random.Next(Articles.Count)];
        var start = random.Next(article.Length);
        var text = Mutations.Mutate(article.Substring(start, Math.Min(3000, article.Length - start)), random, random.Next(1, 9));
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = random.Next(3); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        SourceDocument source;
        try
        {
            source = SourceDocument.FromBytes("fuzz.txt", bytes);
        }
        catch (SourceReadException)
        {
            return;
        }

        var report = Repository.Checker.Check(source);
        foreach (var assertion in report.Assertions)
        {
            var at = assertion.Location;
            Assert.That(at.Offset + at.Length, Is.LessThanOrEqualTo(source.Text.Length), assertion.Id);
            Assert.That(source.Text.Split('\n')[at.Line - 1].Length, Is.GreaterThanOrEqualTo(at.Column - 1), assertion.Id);
            Assert.That(assertion.Quote, Does.Contain(source.Text.Substring(at.Offset, at.Length).Split('\n')[0]), assertion.Id);
        }
    }

    private static void DamagedPack(Random random)
    {
        var damaged = random.Next(DefaultPack.Count);
        var files = DefaultPack.Select((f, i) => i == damaged ? (f.Path, Mutations.Mutate(f.Text, random, random.Next(1, 4))) : f).ToList();
        RulePack pack;
        try
        {
            pack = RulePackLoader.Load(files);
        }
        catch (RulePackException e)
        {
            Assert.That(e.Diagnostics.Select(d => d.File), Has.All.StartWith("rules/"), string.Join('\n', e.Diagnostics));
            return;
        }

        var article = Articles[random.Next(Articles.Count)];
        _ = new ContradictionCheckerBuilder().UsePack(pack).Build().Check(SourceDocument.FromText("a.txt", article[..Math.Min(4000, article.Length)]));
    }
}
