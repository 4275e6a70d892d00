using Contradictions.Packs;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

public class BacktrackingRiskTests
{
    [TestCase("(a+)+b", "(a+)+")]
    [TestCase("{subject} (?:\\w+\\s?)* x", "(?:\\w+\\s?)*")]
    [TestCase("{subject} (a|aa)+b", "(a|aa)+")]
    [TestCase("(?:{subject} )+was", "(?:{subject} )+")]
    [TestCase("(?:x{1,5}){2,}", "(?:x{1,5}){2,}")]
    [TestCase("(?:\\w+ ){0,50}", "(?:\\w+ ){0,50}")]
    [TestCase("((?:a*)b)*?", "((?:a*)b)*")]
    public void NestedRepetitionIsFound(string pattern, string group) =>
        Assert.That(BacktrackingRisk.Find(pattern)?.Group, Is.EqualTo(group));

    [TestCase("{subject} (?:[\\w-]+ ){0,3}?{value}")]
    [TestCase("a+b+c*")]
    [TestCase("(?>a+)+b")]
    [TestCase("[(a+)]+")]
    [TestCase("\\(+\\)*")]
    [TestCase("(?:is|was) {...} approved(?: {...} for {indication*})?")]
    [TestCase("(?#(a+)+)x")]
    [TestCase("(?<name>a)\\k<name>+")]
    public void SafeShapesAreNotFound(string pattern) =>
        Assert.That(BacktrackingRisk.Find(pattern), Is.Null);
}
