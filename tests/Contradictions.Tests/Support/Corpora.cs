using System.Text.RegularExpressions;
using Contradictions.Entities;
using Contradictions.Packs;
using Contradictions.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Contradictions.Tests.Support;

/// <summary>A set of articles to check together.</summary>
/// <param name="Articles">The articles, in the order given to the checker.</param>
public sealed record Corpus(IReadOnlyList<SourceDocument> Articles)
{
    public override string ToString() => string.Join("\n---\n", Articles.Select(a => $"{a.Id}:\n{a.Text}"));
}

/// <summary>An article that names none of the pack's entities, so that it can hold no claim a rule compares.</summary>
/// <param name="Article">The article.</param>
public sealed record UnrelatedArticle(SourceDocument Article)
{
    public override string ToString() => Article.Text;
}

/// <summary>
/// FsCheck generators of articles made from the seeds' own sentences: the ones claims were read from, and others,
/// mixed, so that random corpora have real conflicts and agreements.
/// </summary>
public static class Corpora
{
    private static readonly string[] ClaimSentences =
        Repository.SeedReport.Assertions.Select(a => a.Quote).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] OtherSentences =
        Repository.SeedDocuments()
            .SelectMany(d => new SentenceSplitter(Repository.Checker.Pack.Language.Abbreviations).Split(d.Text))
            .Select(s => s.Text)
            .Where(s => !ClaimSentences.Contains(s))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static readonly Regex Names = new(
        EntityCatalog.WordsPattern(Repository.Checker.Pack.Entities.OrderedNames.Concat(Repository.Checker.Pack.Language.Anaphors.OrderByDescending(a => a.Length))),
        PatternCompiler.Options);

    private static Gen<string> Sentence =>
        Gen.Frequency((3, Gen.Elements(ClaimSentences)), (1, Gen.Elements(OtherSentences)));

    private static Gen<string> Text =>
        Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Sentence, n)).Select(sentences => string.Join('\n', sentences) + "\n");

    public static Arbitrary<Corpus> Corpus() =>
        Gen.Choose(1, 4)
            .SelectMany(n => Gen.ListOf(Text, n))
            .Select(texts => new Corpus(texts.Select((t, i) => SourceDocument.FromText($"article-{i}.txt", t)).ToList()))
            .ToArbitrary();

    public static Arbitrary<UnrelatedArticle> UnrelatedArticle() =>
        Text.Select(t => new UnrelatedArticle(SourceDocument.FromText("unrelated.txt", Names.Replace(t, "aspirin"))))
            .ToArbitrary();
}
