using Contradictions.Packs;
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

    [TestCase("Ketamine is a Schedule V. It is sold as a powder.", "Ketamine is a Schedule V.", "It is sold as a powder.")]
    [TestCase("It is listed in Schedule 1. The list is short.", "It is listed in Schedule 1.", "The list is short.")]
    [TestCase("It is listed in Schedule I. The list is short.", "It is listed in Schedule I.", "The list is short.")]
    [TestCase("The trial reached Phase I. Results followed.", "The trial reached Phase I.", "Results followed.")]
    [TestCase("It is a Class X. Ketamine is another.", "It is a Class X.", "Ketamine is another.")]
    [TestCase("The drug is pregnancy category C. Nobody disputes it.", "The drug is pregnancy category C.", "Nobody disputes it.")]
    [TestCase("See Part B. It lists the doses.", "See Part B.", "It lists the doses.")]
    [TestCase("Both were Type I. The second was later.", "Both were Type I.", "The second was later.")]
    public void ALoneCapitalAfterAWordThatTakesANumberEndsTheSentence(string text, string first, string second) =>
        Assert.That(Split(text), Is.EqualTo(new[] { first, second }));

    [Test]
    public void LabelWordsComeFromThePacksLanguageSection()
    {
        const string text = "Ketamine is a Schedule V. It is sold as a powder.";
        Assert.Multiple(() =>
        {
            Assert.That(Repository.Checker.Pack.Language.Abbreviations.LabelWords, Does.Contain("Schedule"));
            Assert.That(new SentenceSplitter(Abbreviations.None).Split(text), Has.Count.EqualTo(1));
            Assert.That(new SentenceSplitter(new Abbreviations([], ["schedule"])).Split(text), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void AClaimBeforeASentenceEndingInALabelIsQuotedAlone()
    {
        var assertions = Repository.Checker.Extract(SourceDocument.FromText("a.txt", "Ketamine is a Schedule V controlled substance in Phase I. It was approved by the FDA in 1970."));
        Assert.That(assertions.Select(a => (a.Predicate, a.Quote)), Is.EqualTo(new[]
        {
            ("scheduling", "Ketamine is a Schedule V controlled substance in Phase I."),
            ("approval", "It was approved by the FDA in 1970."),
        }));
    }

    [TestCase("label-words: [Schedule V]", "'Schedule V'")]
    [TestCase("label-words: [Phase.]", "'Phase.'")]
    public void ALabelWordThatIsNotOneWordIsRefusedAtLoad(string line, string item)
    {
        var yaml = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(Repository.Rules, "english", "language.yaml")), "(?m)^  label-words:.*$", "  " + line);
        using var pack = new PackCopy().With("english/language.yaml", yaml);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        var diagnostic = error.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Code, Is.EqualTo("CTR102"));
            Assert.That(diagnostic.File, Does.EndWith("language.yaml"));
            Assert.That(diagnostic.Line, Is.GreaterThan(0));
            Assert.That(diagnostic.Message, Does.Contain($"language.label-words item {item} is not one word"));
            Assert.That(diagnostic.Hint, Does.Contain("Schedule, not 'Schedule V'"));
        });
    }

    [TestCase("The study by J. Smith found nothing.")]
    [TestCase("It was described by Edward V. Domino in a paper.")]
    [TestCase("A review by C. S. Lewis and I. M. Pei is fictional.")]
    public void InitialsStillDoNotEndTheSentence(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [TestCase("It is used as an anesthetic.[1] The drug is old.", "It is used as an anesthetic.[1]", "The drug is old.")]
    [TestCase("It is used as an anesthetic.[1][2] The drug is old.", "It is used as an anesthetic.[1][2]", "The drug is old.")]
    [TestCase("It is used as an anesthetic.[12] It is old.", "It is used as an anesthetic.[12]", "It is old.")]
    [TestCase("It is used as an anesthetic.[3, 4] It is old.", "It is used as an anesthetic.[3, 4]", "It is old.")]
    [TestCase("It is used as an anesthetic.\"[5] It is old.", "It is used as an anesthetic.\"[5]", "It is old.")]
    [TestCase("It is used as an anesthetic.[a] It is old.", "It is used as an anesthetic.[a]", "It is old.")]
    public void ACitationAfterThePeriodEndsTheSentenceWithIt(string text, string first, string second) =>
        Assert.That(Split(text), Is.EqualTo(new[] { first, second }));

    [Test]
    public void ACitationAfterThePeriodKeepsEveryOffsetExact()
    {
        const string text = "It is old.[1][2] The drug is cheap.[12]  It is sold.[3]";
        var sentences = new SentenceSplitter(Repository.Checker.Pack.Language.Abbreviations).Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(sentences.Select(s => s.Text), Is.EqualTo(new[] { "It is old.[1][2]", "The drug is cheap.[12]", "It is sold.[3]" }));
            Assert.That(sentences.Select(s => text.Substring(s.Offset, s.Text.Length)), Is.EqualTo(sentences.Select(s => s.Text)));
        });
    }

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
