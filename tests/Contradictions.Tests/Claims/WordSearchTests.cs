using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Packs;

namespace Contradictions.Tests.Claims;

public class WordSearchTests
{
    private static readonly WordSearch Search = new(["approval", "approved", "ketamine"]);

    [Test]
    public void FindsTheFirstWordIgnoringCase()
    {
        const string text = "It was APPROVED; approval came later.";
        Assert.That(Search.IndexOf(text, 0, Search.IsPlain(text)), Is.EqualTo(7));
    }

    [Test]
    public void EveryWordStartingAtAPlaceIsSeen()
    {
        const string text = "Approved and approval";
        var plain = Search.IsPlain(text);
        Assert.Multiple(() =>
        {
            Assert.That(Search.StartsAt(text, 1, plain), Is.True);
            Assert.That(Search.StartsAt(text, 0, plain), Is.False);
            Assert.That(Search.StartsAt(text.AsSpan(13), 0, plain), Is.True);
            Assert.That(Search.IndexOf(text, 1, plain), Is.EqualTo(13));
            Assert.That(Search.IndexOf(text, 14, plain), Is.EqualTo(-1));
        });
    }

    [Test]
    public void ACharacterThePatternsTakeForAnAsciiLetterIsFoundTheSlowWay()
    {
        // The Kelvin sign is a case of "k" to the regular expression engine, though not to an ordinal comparison.
        const string text = "Most \u212Aetamine is racemic.";
        Assume.That(Regex.IsMatch(text, "ketamine", PatternCompiler.Options), Is.True);
        var plain = Search.IsPlain(text);
        Assert.Multiple(() =>
        {
            Assert.That(plain, Is.False);
            Assert.That(Search.IndexOf(text, 0, plain), Is.EqualTo(5));
            Assert.That(Search.StartsAt(text.AsSpan(5), 2, plain), Is.True);
        });
    }
}
