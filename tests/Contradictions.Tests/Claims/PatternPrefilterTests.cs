using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

public class PatternPrefilterTests
{
    private static readonly PatternPrefilter Filter = new([Pattern("works", @"(?<subject>\w+)\s+works"), Pattern("blocks", @"\w+\s+(?:blocks|inhibits)"), Pattern("any", @"\w+")]);

    private static ClaimPattern Pattern(string id, string regex) =>
        new(id, "p", new Regex(regex, PatternCompiler.Options), null, null, null, null, [], "test.yaml");

    private static bool[] MayMatch(string text)
    {
        var sentences = new SentenceSplitter(new HashSet<string>()).Split(text);
        var presence = Filter.Scan(MatchText.Fold(text), sentences);
        return Enumerable.Range(0, 3).Select(p => presence.MayMatch(0, p)).ToArray();
    }

    [Test]
    public void APatternRunsOnlyOnSentencesWithItsWord()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MayMatch("The drug WORKS well."), Is.EqualTo(new[] { true, false, true }));
            Assert.That(MayMatch("It inhibits the receptor."), Is.EqualTo(new[] { false, true, true }));
            Assert.That(MayMatch("Nothing here."), Is.EqualTo(new[] { false, false, true }));
        });
    }

    [Test]
    public void AWordInTheNextSentenceDoesNotCount()
    {
        var text = "First one. It works.";
        var sentences = new SentenceSplitter(new HashSet<string>()).Split(text);
        var presence = Filter.Scan(MatchText.Fold(text), sentences);
        Assert.That((presence.MayMatch(0, 0), presence.MayMatch(1, 0)), Is.EqualTo((false, true)));
    }

    [Test]
    public void ACharacterThePatternsTakeForAnAsciiLetterStillCounts() =>
        Assert.That(MayMatch("It bloc\u212As the receptor."), Is.EqualTo(new[] { false, true, true }));

    [Test]
    public void EverySeedSentenceADefaultPatternMatchesPassesTheFilterAndTheScreen()
    {
        var patterns = Repository.Checker.Pack.Patterns;
        var filter = new PatternPrefilter(patterns);
        var matched = 0;
        foreach (var document in Repository.SeedDocuments())
        {
            var sentences = new SentenceSplitter(Repository.Checker.Pack.Language.Abbreviations).Split(document.Text);
            var folded = MatchText.Fold(document.Text);
            var presence = filter.Scan(folded, sentences);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = folded.Substring(sentences[s].Offset, sentences[s].Text.Length);
                for (var p = 0; p < patterns.Count; p++)
                {
                    if (SeedSentences.Untimed(patterns[p].Match).IsMatch(sentence))
                    {
                        matched++;
                        Assert.That(presence.MayMatch(s, p), Is.True, $"{patterns[p].Id}: {sentence}");
                    }
                }
            }
        }

        Assert.That(matched, Is.GreaterThan(40));
    }

    [Test]
    public void WithScreensEveryDefaultPatternFindsTheMatchesItFindsAlone()
    {
        var patterns = Repository.Checker.Pack.Patterns.Select(p => p with { Match = SeedSentences.Untimed(p.Match) }).ToList();
        var filter = new PatternPrefilter(patterns);
        filter.ScreenNow();
        var matches = 0;
        foreach (var sentence in SeedSentences.All)
        {
            for (var p = 0; p < patterns.Count; p++)
            {
                var alone = patterns[p].Match.Matches(sentence).Select(m => (m.Index, m.Value, m.Groups["subject"].Value)).ToList();
                var screened = filter.Matches(p, sentence).Select(m => (m.Index, m.Value, m.Groups["subject"].Value)).ToList();
                Assert.That(screened, Is.EqualTo(alone), $"{patterns[p].Id}: {sentence}");
                matches += alone.Count;
            }
        }

        Assert.That(matches, Is.GreaterThan(40));
    }
}
