using System.Text.RegularExpressions;
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

    /// <summary>
    /// The pattern without its time limit: a limit measured on the clock fails on a busy machine, and these tests
    /// run every pattern on every sentence.
    /// </summary>
    public static Regex Untimed(Regex pattern) => Cache.GetOrAdd(pattern, p => new Regex(p.ToString(), p.Options, Regex.InfiniteMatchTimeout));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Regex, Regex> Cache = new();
}
