using Contradictions.Evaluation;
using Contradictions.Rules;

namespace Contradictions.Tests.Evaluation;

public class ConflictScorerTests
{
    private static readonly ListedConflict AgonistOrAntagonist = new(
        "agonist-or-antagonist",
        new ConflictSide([new ArticleLine(2, 1)], Reference: false),
        new ConflictSide([new ArticleLine(1, 1)], Reference: true),
        Note: null);

    private static Evidence Quote(string side, string source, int line) => new(side, source, line, 1, "a sentence", $"{source}#{line}");

    private static Evidence Fact(string side) => new(side, "mechanism", 3, 5, "a fact", "fact#1", Reference: true);

    private static Finding FindingOf(string id, params Evidence[] evidence) => new(id, "nmda-action", Severity.Error, "NMDA receptor action", "message", evidence, []);

    [Test]
    public void ASideAQuoteAndASideBQuoteOnTwoSidesOfOneFindingFindIt()
    {
        var finding = FindingOf("f1", Quote("agonist", "2-b.txt", 1), Quote("antagonist", "1-a.txt", 1));

        var scores = ConflictScorer.Score([AgonistOrAntagonist], [finding]);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Found.Single().Findings, Is.EqualTo(new[] { "f1" }));
            Assert.That((scores.Missed, scores.Outside), Is.EqualTo((Array.Empty<ListedConflict>(), Array.Empty<Finding>())));
            Assert.That(scores.Listed, Is.EqualTo(1));
        });
    }

    [Test]
    public void AReferenceFactStandsForAReferenceSide()
    {
        Assert.That(ConflictScorer.Finds(FindingOf("f1", Quote("agonist", "0002-b.md", 1), Fact("antagonist")), AgonistOrAntagonist), Is.True);
    }

    [Test]
    public void BothSidesOnOneSideOfAFindingAreNoConflictAndTheFindingIsOutsideTheList()
    {
        var finding = FindingOf("f1", Quote("agonist", "2-b.txt", 1), Quote("agonist", "1-a.txt", 1), Quote("antagonist", "3-c.txt", 4));

        var scores = ConflictScorer.Score([AgonistOrAntagonist], [finding]);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Found, Is.Empty);
            Assert.That(scores.Missed, Is.EqualTo(new[] { AgonistOrAntagonist }));
            Assert.That(scores.Outside, Is.EqualTo(new[] { finding }));
        });
    }

    [Test]
    public void AQuoteOnAnotherLineOrInAnotherArticleDoesNotCount()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConflictScorer.Finds(FindingOf("f1", Quote("agonist", "2-b.txt", 2), Fact("antagonist")), AgonistOrAntagonist), Is.False);
            Assert.That(ConflictScorer.Finds(FindingOf("f1", Quote("agonist", "12-b.txt", 1), Fact("antagonist")), AgonistOrAntagonist), Is.False);
            Assert.That(ConflictScorer.Finds(FindingOf("f1", Quote("agonist", "b.txt", 1), Fact("antagonist")), AgonistOrAntagonist), Is.False);
        });
    }

    [TestCase("301-name.txt", 301)]
    [TestCase("articles/007_x.md", 7)]
    [TestCase("name.txt", null)]
    [TestCase("12345678901-too-long.txt", null)]
    public void AnArticlesNumberIsTheLeadingDigitsOfItsFileName(string file, int? number)
    {
        Assert.That(ArticleLine.ArticleNumber(file), Is.EqualTo(number));
    }
}
