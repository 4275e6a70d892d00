using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        new SentenceSplitter(Repository.Checker.Pack.Language.Abbreviations).Split(text).Select(s => s.Text).ToList();

    [Test]
    public void SplitsAfterAPeriodBeforeACapital() =>
        Assert.That(Split("Ketamine is an anesthetic. It was approved in 1970."), Is.EqualTo(new[] { "Ketamine is an anesthetic.", "It was approved in 1970." }));

    [Test]
    public void AbbreviationsDoNotEndSentences() =>
        Assert.That(Split("In the U.S. the FDA approved it. Dr. Axe says so, e.g. Here."), Has.Count.EqualTo(2));

    [Test]
    public void DecimalsAndCitationsStayInTheirSentence() =>
        Assert.That(Split("About 2.5 mg was given [3]. Relief followed (1, 2)."), Is.EqualTo(new[] { "About 2.5 mg was given [3].", "Relief followed (1, 2)." }));

    [Test]
    public void EveryLineIsABlockOfItsOwn()
    {
        var sentences = new SentenceSplitter(new HashSet<string>()).Split("What is Ketamine?\n\nKetamine is a drug\n  \u2022 Respiratory arrest\n");
        Assert.That(sentences.Select(s => (s.Text, s.Block, s.IsBullet)), Is.EqualTo(new[]
        {
            ("What is Ketamine?", 0, false),
            ("Ketamine is a drug", 1, false),
            ("\u2022 Respiratory arrest", 2, true),
        }));
    }

    [Test]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "First one.  Second one.\r\nThird";
        foreach (var sentence in new SentenceSplitter(new HashSet<string>()).Split(text))
        {
            Assert.That(text.Substring(sentence.Offset, sentence.Text.Length), Is.EqualTo(sentence.Text));
        }
    }

    [Test]
    public void TextWithoutSentenceEndsIsCutAtWhiteSpaceIntoBoundedPieces()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i}"));
        var pieces = new SentenceSplitter(new HashSet<string>()).Split(words);
        Assert.Multiple(() =>
        {
            Assert.That(pieces, Has.Count.GreaterThan(1));
            Assert.That(pieces.Select(p => p.Text.Length), Has.All.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
            Assert.That(string.Join(' ', pieces.Select(p => p.Text)), Is.EqualTo(words));
            Assert.That(pieces.Select(p => words.Substring(p.Offset, p.Text.Length)), Is.EqualTo(pieces.Select(p => p.Text)));
        });
    }
}
