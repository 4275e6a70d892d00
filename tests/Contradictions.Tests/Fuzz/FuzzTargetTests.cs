using System.Diagnostics;
using System.Globalization;
using System.Text;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Fuzz;

/// <summary>
/// Runs every fuzz target over its committed corpus (<c>Fuzz/Corpus/TARGET/</c>: small inputs of each kind and the
/// hostile inputs of issue 15 kept as regression inputs), then over random mutations of it for a bounded time:
/// <c>CONTRADICTIONS_FUZZ_TARGET_SECONDS</c> per target (3 by default, so CI stays short; set it to 600 for a long
/// run), <c>CONTRADICTIONS_FUZZ_SEED</c> for the sequence. A failure names the seed and iteration that replay it.
/// </summary>
public class FuzzTargetTests
{
    private static IEnumerable<string> Targets => FuzzTargets.All.Keys;

    private static string Corpus(string target) => Path.Combine(Repository.Root, "tests", "Contradictions.Tests", "Fuzz", "Corpus", target);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [TestCaseSource(nameof(Targets))]
    public void EveryCorpusInputIsReadWithoutAnUnexpectedException(string target)
    {
        var inputs = Directory.GetFiles(Corpus(target)).Order(StringComparer.Ordinal).ToList();
        Assert.That(inputs, Is.Not.Empty);
        foreach (var input in inputs)
        {
            Assert.DoesNotThrow(() => FuzzTargets.All[target](File.ReadAllBytes(input)), input);
        }
    }

    [TestCaseSource(nameof(Targets))]
    public void MutatedCorpusInputsAreReadWithoutAnUnexpectedExceptionForABoundedTime(string target)
    {
        var seed = Setting("CONTRADICTIONS_FUZZ_SEED", 15);
        var budget = TimeSpan.FromSeconds(Setting("CONTRADICTIONS_FUZZ_TARGET_SECONDS", 3));
        var corpus = Directory.GetFiles(Corpus(target)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var clock = Stopwatch.StartNew();
        var iteration = 0;
        for (; clock.Elapsed < budget; iteration++)
        {
            var random = new Random(HashCode.Combine(seed, target, iteration));
            var text = Mutations.Mutate(corpus[random.Next(corpus.Count)], random, random.Next(1, 8));
            try
            {
                FuzzTargets.All[target](Encoding.UTF8.GetBytes(text));
            }
            catch (Exception e)
            {
                Assert.Fail($"fuzz target {target}, seed {seed}, iteration {iteration}: {e}");
            }
        }

        TestContext.Out.WriteLine($"fuzz target {target}: {iteration} inputs in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
