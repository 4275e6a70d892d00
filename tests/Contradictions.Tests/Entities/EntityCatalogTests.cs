using System.Text.RegularExpressions;
using Contradictions.Entities;
using Contradictions.Packs;
using Contradictions.Tests.Claims;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Entities;

public class EntityCatalogTests
{
    [Test]
    public void ASharedLookBehindMatchesWhatOneLookBehindPerWordMatches()
    {
        var pack = Repository.Checker.Pack;
        var words = pack.Entities.OrderedNames.Concat(pack.Language.Anaphors).Concat(["(S)-ketamine", "CI-581", "it"]).ToList();
        var shared = new Regex(EntityCatalog.WordsPattern(words), PatternCompiler.Options);
        var each = new Regex(string.Join('|', words.Select(EntityCatalog.WordPattern)), PatternCompiler.Options);
        var texts = SeedSentences.All.Append("esketamine (S)-ketamine it's it-self CI-581x the  drug S(+)-ketamine").ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = each.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.That(shared.Matches(text).Select(m => (m.Index, m.Length)), Is.EqualTo(expected), text);
            found += expected.Count;
        }

        Assert.That(found, Is.GreaterThan(500));
    }
}
