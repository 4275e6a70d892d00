using Contradictions.Evaluation;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Seeds;

/// <summary>
/// The extractor against the hand-checked gold claims in <c>seeds/*.claims.yaml</c>, scored by the library's
/// <see cref="Evaluator"/>: precision and recall per predicate over the five seeds, printed as a table, with targets
/// of 0.95 and 0.90 for every predicate.
/// </summary>
public class SeedGoldTests
{
    private const double PrecisionTarget = 0.95;
    private const double RecallTarget = 0.90;

    private static readonly Lazy<PackEvaluation> Seeds = new(() => Evaluator.Evaluate(Repository.Checker, Repository.Seeds));

    [Test]
    public void EveryPredicateMeetsThePrecisionAndRecallTargets()
    {
        var scores = Seeds.Value.Claims;
        using var table = new StringWriter();
        EvaluationMarkdown.WriteClaimTable(scores, table);
        TestContext.Out.WriteLine(table.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(scores.ByPredicate, Is.Not.Empty);
            foreach (var score in scores.ByPredicate)
            {
                Assert.That(score.Precision, Is.GreaterThanOrEqualTo(PrecisionTarget), $"precision of {score.Predicate}; wrong: {Listed(score.Wrong)}");
                Assert.That(score.Recall, Is.GreaterThanOrEqualTo(RecallTarget), $"recall of {score.Predicate}; missed: {Listed(score.Missed)}");
            }
        });
    }

    private static string Listed(IEnumerable<ScoredClaim> claims) => string.Join("; ", claims.Select(c => $"{c.File}:{c.Line} {c.Claim}"));

    [Test]
    public void EveryGoldClaimNamesWhatThePackKnows()
    {
        var pack = Repository.Checker.Pack;
        var gold = Seeds.Value.Gold;
        Assert.That(gold, Has.Count.EqualTo(Repository.SeedDocuments().Count));
        foreach (var file in gold)
        {
            foreach (var claim in file.Claims)
            {
                var at = $"{Path.GetFileName(file.Path)}:{claim.GoldLine}";
                Assert.That(pack.Predicates.ContainsKey(claim.Predicate), Is.True, $"{at} predicate {claim.Predicate}");
                Assert.That(pack.Entities.Contains(claim.Subject), Is.True, $"{at} subject {claim.Subject}");
                Assert.That(claim.Date is null || pack.Dates.Parse(claim.Date) is not null, Is.True, $"{at} date {claim.Date}");
                foreach (var (name, value) in claim.Qualifiers)
                {
                    Assert.That(pack.Qualifiers.TryGetValue(name, out var q) && q.Contains(value), Is.True, $"{at} {name}: {value}");
                }
            }
        }
    }
}
