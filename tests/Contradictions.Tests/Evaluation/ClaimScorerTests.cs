using Contradictions.Evaluation;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Evaluation;

public class ClaimScorerTests
{
    private const string Article = """
        Ketamine is an NMDA receptor antagonist.
        Ketamine was discovered in the early 1960s.
        Ketamine does not cause respiratory depression.
        It is a Schedule III controlled substance.

        """;

    private static ClaimScores Score(string goldClaims, params string[] otherArticles)
    {
        using var folder = new GoldFolder();
        var article = folder.Write("1-a.txt", Article);
        var gold = GoldFileReader.Read(folder.Write("1-a.claims.yaml", "source: 1-a.txt\nclaims:\n" + goldClaims));
        var assertions = otherArticles.Select((text, i) => SourceDocument.FromText($"{i + 2}-other.txt", text))
            .Prepend(SourceDocument.FromFile(article))
            .SelectMany(Repository.Checker.Extract);
        return new ClaimScorer(Repository.Checker.Pack).Score([gold], assertions);
    }

    [Test]
    public void AnEqualClaimIsFoundAnUnequalOneIsWrongAndTheGoldClaimMissed()
    {
        var scores = Score("""
              - {line: 1, subject: ketamine, predicate: nmda-action, value: antagonist}
              - {line: 2, subject: ketamine, predicate: discovery, date: early 1960s}
              - {line: 3, subject: ketamine, predicate: respiratory-depression, says: "cause respiratory depression"}
              - {line: 1, subject: ketamine, predicate: approval}

            """);

        var byPredicate = scores.ByPredicate.ToDictionary(p => p.Predicate, p => (p.Found, Wrong: p.Wrong.Count, Missed: p.Missed.Count));
        Assert.Multiple(() =>
        {
            Assert.That(byPredicate, Is.EqualTo(new Dictionary<string, (int, int, int)>
            {
                ["approval"] = (0, 0, 1),
                ["discovery"] = (1, 0, 0),
                ["nmda-action"] = (1, 0, 0),
                ["respiratory-depression"] = (0, 1, 1),
                ["scheduling"] = (0, 1, 0),
            }));
            Assert.That(scores.ByPredicate.Select(p => p.Predicate), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That((scores.All.Gold, scores.All.Found, scores.All.Precision, scores.All.Recall), Is.EqualTo((4, 2, 0.5, 0.5)));
        });
    }

    [Test]
    public void WrongAndMissedClaimsSayFileLineAndWhatWasCompared()
    {
        var scores = Score("  - {line: 3, subject: ketamine, predicate: respiratory-depression, says: \"cause respiratory depression\"}\n");

        var respiratory = scores.ByPredicate.Single(p => p.Predicate == "respiratory-depression");
        Assert.Multiple(() =>
        {
            Assert.That(respiratory.Missed.Single(), Is.EqualTo(new ScoredClaim("1-a.txt", 3, "respiratory-depression", "ketamine respiratory-depression", "cause respiratory depression")));
            Assert.That(respiratory.Wrong.Single(), Is.EqualTo(new ScoredClaim("1-a.txt", 3, "respiratory-depression", "ketamine respiratory-depression negated", "Ketamine does not cause respiratory depression.")));
            Assert.That(scores.ByPredicate.Single(p => p.Predicate == "scheduling").Wrong.Single().Claim, Is.EqualTo("ketamine (inferred) scheduling value=III"));
        });
    }

    [Test]
    public void AMissedClaimSaysWhatThePackDoesNotKnow()
    {
        var scores = Score("  - {line: 1, subject: unobtainium, predicate: approval, date: the other day, qualifiers: {authority: nobody}}\n");

        Assert.That(scores.All.Missed.Single().Note, Is.EqualTo("the pack has no entity 'unobtainium', no qualifier value authority: nobody, no date words for 'the other day'"));
    }

    [Test]
    public void AnArticleWithoutAGoldFileIsNotScored()
    {
        var scores = Score(
            """
              - {line: 1, subject: ketamine, predicate: nmda-action, value: antagonist}
              - {line: 2, subject: ketamine, predicate: discovery, date: early 1960s}
              - {line: 3, subject: ketamine, predicate: respiratory-depression, polarity: negated}
              - {line: 4, subject: ketamine, inferred: true, predicate: scheduling, value: III}

            """,
            "Ketamine is an NMDA receptor agonist.\n");

        Assert.That((scores.All.Found, scores.All.Precision, scores.All.Recall), Is.EqualTo((4, 1.0, 1.0)));
    }
}
