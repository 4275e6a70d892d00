using Contradictions.Rules;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Seeds;

/// <summary>The report over seeds/ shows the conflicts the five articles really have, and none of their agreements.</summary>
public class SeedReportTests
{
    private static IReadOnlyList<Finding> Findings(string rule) =>
        Repository.SeedReport.Findings.Where(f => f.Rule == rule).ToList();

    private static IEnumerable<(string Side, string Source, int Line)> Sides(Finding finding) =>
        finding.Evidence.Select(e => (e.Side, e.Source[..3], e.Line));

    [Test]
    public void TheTwentyNineteenApprovalIsCreditedToKetamineAndToSpravato()
    {
        var finding = Findings("approval-attribution").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Sides(finding), Is.SupersetOf(new[] { ("ketamine", "002", 26), ("ketamine", "002", 32), ("ketamine", "002", 138), ("Spravato", "002", 76) }));
            Assert.That(finding.Evidence.Where(e => e.Reference).Select(e => e.Source), Is.EqualTo(new[] { "spravato-approval" }));
            Assert.That(finding.Message, Does.Contain("Spravato contains esketamine").And.Contain("esketamine is an enantiomer of ketamine"));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void RespiratoryDepressionIsDeniedBy003AndAffirmedBy003And004()
    {
        var finding = Findings("respiratory-depression").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Sides(finding), Is.SupersetOf(new[] { ("denies", "003", 3), ("states", "003", 19), ("states", "004", 34) }));
            Assert.That(finding.SelfContradicting.Select(s => s[..3]), Is.EqualTo(new[] { "003" }));
            Assert.That(finding.Evidence.Single(e => e.Source.StartsWith("004", StringComparison.Ordinal)).Quote, Does.Contain("Respiratory arrest"));
        });
    }

    [Test]
    public void KetamineIsCalledAnAgonistBy004AndAnAntagonistEverywhereElse()
    {
        var finding = Findings("nmda-action").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Sides(finding).Where(s => s.Side == "agonist"), Is.EqualTo(new[] { ("agonist", "004", 10) }));
            Assert.That(Sides(finding), Does.Contain(("antagonist", "004", 16)).And.Contain(("antagonist", "001", 36)).And.Contain(("antagonist", "002", 35)));
            Assert.That(finding.SelfContradicting.Select(s => s[..3]), Is.EqualTo(new[] { "004" }));
        });
    }

    [Test]
    public void PainApprovalIsClaimedBy001And004AndDeniedAsOffLabelBy000()
    {
        var finding = Findings("approval-status").Single(f => f.Message.Contains("for pain", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(Sides(finding), Is.SupersetOf(new[] { ("states", "001", 60), ("states", "004", 83), ("denies", "000", 70), ("denies", "000", 171) }));
            Assert.That(finding.Evidence.Where(e => e.Reference).Select(e => e.Source), Is.EqualTo(new[] { "ketalar-indications" }));
        });
    }

    [Test]
    public void KetamineAndEsketamineAreOneDrugIn002AndTwoIn000()
    {
        var finding = Findings("identity").Single();
        Assert.That(Sides(finding), Is.SupersetOf(new[] { ("one drug", "002", 24), ("different drugs", "000", 100) }));
    }

    [Test]
    public void EsketamineIsGivenKetaminesHistorySinceTheSixties()
    {
        var finding = Findings("in-use-since").Single();
        Assert.That(Sides(finding), Is.EquivalentTo(new[] { ("1960\u20131969", "002", 106), ("1997", "ket", finding.Evidence.Single(e => e.Reference).Line) }));
    }

    [Test]
    public void CorroborationsOnADisputedSideSayWhichFindingDisputesThem()
    {
        var antagonist = Repository.SeedReport.Corroborations.Single(c => c.Statement == "ketamine is an NMDA receptor antagonist");
        Assert.That(antagonist.DisputedBy, Is.EqualTo(new[] { Findings("nmda-action").Single().Id }));
    }

    [Test]
    public void EveryPieceOfEvidenceCarriesItsQuoteAndPosition()
    {
        var seedText = Directory.GetFiles(Repository.Seeds, "*.txt").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllLines(f));
        foreach (var evidence in Repository.SeedReport.Findings.SelectMany(f => f.Evidence).Where(e => !e.Reference))
        {
            var line = seedText[evidence.Source][evidence.Line - 1];
            Assert.That(line, Does.Contain(evidence.Quote), $"{evidence.Source}:{evidence.Line}");
            Assert.That(evidence.Column, Is.GreaterThanOrEqualTo(1).And.LessThanOrEqualTo(line.Length));
        }
    }

    [Test]
    public void TheNineteenSeventyApprovalIsAgreementNotConflict()
    {
        var agreement = Repository.SeedReport.Corroborations.Single(c => c.Statement.EndsWith("in 1970", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(agreement.Evidence.Where(e => !e.Reference).Select(e => e.Source[..3]).Distinct(), Is.EqualTo(new[] { "000", "001", "002", "004" }));
            Assert.That(agreement.Statement, Does.StartWith("ketamine was approved by the FDA"));
            Assert.That(Repository.SeedReport.Findings.SelectMany(f => f.Evidence).Select(e => e.Quote), Has.None.Contains("approved in 1970"));
        });
    }

    [Test]
    public void ScheduleThreeIsAgreementNotConflict()
    {
        Assert.That(Findings("scheduling-class"), Is.Empty);
        Assert.That(Repository.SeedReport.Corroborations.Select(c => c.Statement), Has.Some.Contains("Schedule III"));
    }

    [Test]
    public void EarlySixtiesAndNineteenSixtyTwoAgreeOnTheDiscovery()
    {
        Assert.That(Findings("discovery-date"), Is.Empty);
        var agreement = Repository.SeedReport.Corroborations.Single(c => c.Statement.StartsWith("ketamine was first made", StringComparison.Ordinal));
        Assert.That(agreement.Evidence.Select(e => (e.Source[..3], e.Line)), Does.Contain(("000", 18)).And.Contain(("004", 51)));
    }

    [Test]
    public void TheSchedulingAuthorityIsTheDeaNotTheFda()
    {
        var finding = Findings("scheduling-authority").Single();
        Assert.That(Sides(finding), Is.EquivalentTo(new[] { ("the FDA", "000", 20), ("the DEA", "dea", finding.Evidence.Single(e => e.Reference).Line) }));
    }
}
