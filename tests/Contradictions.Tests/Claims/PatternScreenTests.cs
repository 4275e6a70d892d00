using Contradictions.Claims;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

public class PatternScreenTests
{
    [Test]
    public void LooseningDropsLookAroundsAndBounds() =>
        Assert.That(PatternScreen.Loosen(@"(?<![\w-])a(?=(?:b|c))[^;:)]{0,80}?\(c{2}"), Is.EqualTo(@"a[^;:)]{0,}?\(c{2}"));

    [Test]
    public void LookaroundsAreFoundOutsideEscapesAndClassesOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatternScreen.HasLookaround(@"(?<![\w-])a"), Is.True);
            Assert.That(PatternScreen.HasLookaround(@"a(?=b)"), Is.True);
            Assert.That(PatternScreen.HasLookaround(@"a\(?=b\)"), Is.False);
            Assert.That(PatternScreen.HasLookaround(@"a[(?=]b"), Is.False);
            Assert.That(PatternScreen.HasLookaround(@"(?:a|b)"), Is.False);
        });
    }

    [Test]
    public void BackReferencesAndAtomicGroupsAreNotLoosened()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatternScreen.Loosen(@"(a)\1"), Is.Null);
            Assert.That(PatternScreen.Loosen(@"(?>a+)b"), Is.Null);
            Assert.That(PatternScreen.Loosen(@"\\1"), Is.Not.Null);
        });
    }

    [Test]
    public void EveryDefaultPatternHasAScreenThatPassesEverySentenceThePatternMatchesAndRejectsMost()
    {
        var rejected = 0;
        foreach (var pattern in Repository.Checker.Pack.Patterns)
        {
            var screen = PatternScreen.For(pattern.Match);
            Assert.That(screen, Is.Not.Null, pattern.Id);
            foreach (var sentence in SeedSentences.All)
            {
                var passes = screen!.IsMatch(sentence);
                if (SeedSentences.Untimed(pattern.Match).IsMatch(sentence))
                {
                    Assert.That(passes, Is.True, $"{pattern.Id}: \"{sentence}\"");
                }

                rejected += passes ? 0 : 1;
            }
        }

        Assert.That(rejected, Is.GreaterThan(SeedSentences.All.Count * Repository.Checker.Pack.Patterns.Count * 9 / 10));
    }
}
