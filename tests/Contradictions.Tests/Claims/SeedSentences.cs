using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

/// <summary>Every sentence of the seed articles, folded as the patterns see them.</summary>
internal static class SeedSentences
{
    public static IReadOnlyList<string> All { get; } = Repository.SeedDocuments()
        .SelectMany(d => new SentenceSplitter(Repository.Checker.Pack.Language.Abbreviations).Split(d.Text))
        .Select(s => MatchText.Fold(s.Text))
        .ToList();
}
