using System.Diagnostics;
using System.Globalization;
using System.Text;
using Contradictions.Fuzz;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Fuzz;

/// <summary>
/// Runs every fuzz target of <c>tests/fuzz/</c> over its committed inputs (<c>corpus/TARGET/</c>, small inputs of each
/// kind, and <c>regressions/TARGET/</c>, the hostile inputs of issue 15), then over random mutations of them for a
/// bounded time, in process and without coverage (<c>tests/fuzz/run.sh</c> runs afl-fuzz on the same targets):
/// <c>CONTRADICTIONS_FUZZ_TARGET_SECONDS</c> per target (3 by default, so CI stays short; set it to 600 for a long
/// run), <c>CONTRADICTIONS_FUZZ_SEED</c> for the sequence. A failure names the seed and iteration that replay it.
/// </summary>
public class FuzzTargetTests
{
    private static IEnumerable<string> Targets => FuzzTargets.All.Keys;

    private static IReadOnlyList<string> Inputs(string target) =>
        new[] { "corpus", "regressions" }
            .Select(folder => Path.Combine(Repository.Root, "tests", "fuzz", folder, target))
            .SelectMany(Directory.GetFiles)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [TestCaseSource(nameof(Targets))]
    public void EveryCorpusInputIsReadWithoutAnUnexpectedException(string target)
    {
        var inputs = Inputs(target);
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
        var corpus = Inputs(target).Select(File.ReadAllText).ToList();
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
