using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reliability;

public class TruthFinderTests
{
    [Test]
    public void TheSourceThatCreditsTheWrongDrugRanksLast()
    {
        var ranking = Repository.SeedReport.Reliability.Select(s => s.Source[..3]).ToList();
        Assert.That(ranking.Last(), Is.EqualTo("002"));
    }

    [Test]
    public void EverySourceIsScoredWithTheClaimsThatMovedIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Repository.SeedReport.Reliability.Select(s => s.Source), Is.EquivalentTo(Repository.SeedReport.Sources.Select(s => s.Id)));
            Assert.That(Repository.SeedReport.Reliability, Has.All.Matches<Contradictions.Reliability.SourceScore>(s => s.Trust is > 0 and < 1 && s.Reasons.Count > 0));
        });
    }

    [Test]
    public void TheDisputedClaimIsTheLeastConfidentReasonOfItsSource()
    {
        var score = Repository.SeedReport.Reliability.Single(s => s.Source.StartsWith("002", StringComparison.Ordinal));
        Assert.That(score.Reasons[0].Statement, Does.Contain("for depression"));
    }

    [Test]
    public void CopiesCountAsOneVoice()
    {
        const string Claim = "Ketamine is a selective agonist of the NMDA receptor, as everyone knows.";
        var copied = Repository.Checker.Check(
            SourceDocument.FromText("a.txt", Claim),
            SourceDocument.FromText("b.txt", Claim),
            SourceDocument.FromText("c.txt", "Ketamine is an antagonist of NMDA receptors."));
        var independent = Repository.Checker.Check(
            SourceDocument.FromText("a.txt", Claim),
            SourceDocument.FromText("b.txt", "Researchers say that ketamine is a selective agonist of the NMDA receptor in the brain."),
            SourceDocument.FromText("c.txt", "Ketamine is an antagonist of NMDA receptors."));
        double Trust(Contradictions.Reporting.Report r, string source) => r.Reliability.Single(s => s.Source == source).Trust;
        Assert.That(Trust(copied, "a.txt"), Is.LessThan(Trust(independent, "a.txt")));
    }
}
