using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Packs;

namespace Contradictions.Tests.Claims;

public class RequiredWordsTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Of(string pattern) => RequiredWords.Of(pattern, PatternCompiler.Options);

    [Test]
    public void WordsOutsideGroupsAreRequiredOneByOne() =>
        Assert.That(Of(@"has\s+been\s+approved"), Is.EqualTo(new[] { new[] { "has" }, new[] { "been" }, new[] { "approved" } }));

    [Test]
    public void AQuantifiedLetterLeavesTheWord() =>
        Assert.That(Of(@"an?\s+antagonists?"), Is.EqualTo(new[] { new[] { "a" }, new[] { "antagonist" } }));

    [Test]
    public void AGroupThatMustMatchRequiresOneWordOfEachBranch() =>
        Assert.That(Of(@"x(?:discovered|synthesized(?:\s+first)?|made)"), Is.EqualTo(new[] { new[] { "x" }, new[] { "discovered", "synthesized", "made" } }));

    [Test]
    public void AnOptionalGroupOrALookAroundRequiresNothing() =>
        Assert.That(Of(@"(?:beta)?(?!gamma)(?<=delta)(?:eps){0,2}zeta"), Is.EqualTo(new[] { new[] { "zeta" } }));

    [Test]
    public void ATopLevelBranchWithoutAWordRequiresNothing() =>
        Assert.That(Of(@"alpha|\d+"), Is.Empty);

    [Test]
    public void AnEscapedSignBelongsToTheWord() =>
        Assert.That(Of(@"\(or\s+x\)"), Is.EqualTo(new[] { new[] { "(or" }, new[] { "x)" } }));

    [Test]
    public void ClassesAndCodedCharactersEndWords() =>
        Assert.That(Of(@"ab[cd\]]ef\x41gh\u0041ij\p{L}kl"), Is.EqualTo(new[] { new[] { "ab" }, new[] { "ef" }, new[] { "gh" }, new[] { "ij" }, new[] { "kl" } }));

    [Test]
    public void FreeSpacingOrAConditionalRequiresNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Of(@"(?x) approved # comment"), Is.Empty);
            Assert.That(RequiredWords.Of("approved", PatternCompiler.Options | RegexOptions.IgnorePatternWhitespace), Is.Empty);
            Assert.That(Of(@"(?(a)bc|de)approved"), Is.Empty);
        });
    }

    [Test]
    public void EveryMatchOfEveryDefaultPatternHoldsEveryRequirement()
    {
        var checked_ = 0;
        foreach (var pattern in Support.Repository.Checker.Pack.Patterns)
        {
            var requirements = RequiredWords.Of(pattern.Match.ToString(), pattern.Match.Options);
            foreach (var sentence in SeedSentences.All)
            {
                foreach (Match match in SeedSentences.Untimed(pattern.Match).Matches(sentence))
                {
                    foreach (var requirement in requirements)
                    {
                        var any = string.Join('|', requirement.Select(Regex.Escape));
                        Assert.That(Regex.IsMatch(match.Value, any, PatternCompiler.Options), Is.True, $"{pattern.Id} needs one of {any} in \"{match.Value}\"");
                        checked_++;
                    }
                }
            }
        }

        Assert.That(checked_, Is.GreaterThan(100));
    }
}
