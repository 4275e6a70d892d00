using Contradictions.Benchmarks.Corpus;
using Contradictions.Claims;
using Contradictions.Reliability;

namespace Contradictions.Tests.Reliability;

/// <summary>
/// Copy detection over a claim that many sources word each their own way: it finds the groups that comparing every
/// pair finds, and compares a number of pairs that grows with the sources, not with their square.
/// </summary>
public class CopyDetectionTests
{
    [Test]
    public void RewordingSourcesAreGroupedAsComparingEveryPairGroupsThem()
    {
        var claim = RewordedClaim.Make(1200);
        var groups = TruthFinder.Copies(claim, everyPair: false);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(groups), Is.EqualTo(Ids(TruthFinder.Copies(claim, everyPair: true))));
            Assert.That(groups.Count(g => g.Count > 1), Is.GreaterThan(50), "the near-copies are found");
        });
    }

    [Test]
    public void TheComparisonsGrowWithTheSourcesNotWithTheirSquare()
    {
        var small = Comparisons(1000);
        var large = Comparisons(8000);
        TestContext.Out.WriteLine($"1,000 sources: {small} comparisons; 8,000: {large} (every pair: 31,996,000)");
        Assert.That(large, Is.LessThan(small * 8 * 1.5).And.LessThan(8000 * 2));
    }

    [TestCase(0, 0)]
    [TestCase(5, 1)]
    [TestCase(9, 1)]
    [TestCase(10, 2)]
    [TestCase(12, 2)]
    [TestCase(20, 3)]
    public void ASetMustShareOneOfItsRarestWords(int size, int prefix) =>
        Assert.That(SharedWords.PrefixLength(size, 0.9), Is.EqualTo(prefix));

    private static int Comparisons(int sources) =>
        SharedWords.Candidates(RewordedClaim.Make(sources).Select(a => (IReadOnlyCollection<string>)a.Quote.Split(' ').ToHashSet(StringComparer.Ordinal)).ToList(), 0.9).Count();

    private static List<List<string>> Ids(IReadOnlyList<IReadOnlyList<Assertion>> groups) =>
        groups.Select(g => g.Select(a => a.SourceId).ToList()).ToList();
}
