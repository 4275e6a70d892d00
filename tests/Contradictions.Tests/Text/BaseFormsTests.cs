using Contradictions.Tests.Support;

namespace Contradictions.Tests.Text;

/// <summary>The default pack's base forms join a word's inflections and derivations, and keep unrelated words apart.</summary>
public class BaseFormsTests
{
    private static string Base(string word) => Repository.Checker.Pack.Language.BaseForms.Of(word);

    [TestCase("approve", "approves", "approved", "approving", "approval", "approvals")]
    [TestCase("depress", "depressed", "depresses", "depressant", "depression")]
    [TestCase("receptor", "receptors")]
    [TestCase("synthesize", "synthesise", "synthesized", "synthesised", "synthesis")]
    [TestCase("use", "used", "uses", "using")]
    [TestCase("indicate", "indicated", "indication")]
    [TestCase("stop", "stopped", "stopping")]
    public void AWordFamilySharesOneBaseForm(params string[] words)
    {
        Assert.That(words.Select(Base).Distinct(), Has.Exactly(1).Items, string.Join(", ", words.Select(w => $"{w} → {Base(w)}")));
    }

    [TestCase("approve", "approach")]
    [TestCase("depress", "deprive")]
    [TestCase("cause", "case")]
    public void UnrelatedWordsKeepTheirOwnBaseForms(string one, string other)
    {
        Assert.That(Base(one), Is.Not.EqualTo(Base(other)));
    }

    [TestCase("is")]
    [TestCase("us")]
    [TestCase("less")]
    public void ShortWordsAndKeptEndingsAreNotCut(string word)
    {
        Assert.That(Base(word), Is.EqualTo(word));
    }
}
