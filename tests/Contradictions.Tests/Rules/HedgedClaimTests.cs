using Contradictions.Claims;
using Contradictions.Reporting;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Rules;

/// <summary>
/// A claim the article hedges ("may", "is thought to") is weaker than one it states: a conflict whose only contrary side
/// is hedged is graded one step lower and says why, and two hedged claims that differ are no conflict at all.
/// </summary>
public class HedgedClaimTests
{
    private static Report Check(params string[] articles) =>
        Repository.Checker.Check(articles.Select((text, i) => SourceDocument.FromText($"article-{i}.txt", text)));

    [Test]
    public void AHedgedClaimTheReferenceRefutesIsGradedOneStepLowerAndSaysWhy()
    {
        var finding = Check("Some reviewers write that ketamine may be a selective agonist of the NMDA receptor.").Findings.Single(f => f.Rule == "nmda-action");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(finding.GradedLower, Is.EqualTo("warning, not error: the side the reference refutes (\u201Cagonist\u201D) is only hedged, not stated as fact"));
            Assert.That(finding.Evidence.Single(e => !e.Reference).Modality, Is.EqualTo(Modality.May));
            Assert.That(finding.SideClaims["agonist"], Is.EqualTo("ketamine is an NMDA receptor agonist (hedged)"));
        });
    }

    [Test]
    public void TheSameClaimStatedAsFactKeepsItsSeverity()
    {
        var finding = Check("Some reviewers write that ketamine is a selective agonist of the NMDA receptor.").Findings.Single(f => f.Rule == "nmda-action");
        Assert.That((finding.Severity, finding.GradedLower), Is.EqualTo((Severity.Error, (string?)null)));
    }

    [Test]
    public void ACapabilityIsNotAHedge()
    {
        var finding = Check("Under some conditions ketamine can act as an agonist of the NMDA receptor.").Findings.Single(f => f.Rule == "nmda-action");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Evidence.Single(e => !e.Reference).Modality, Is.EqualTo(Modality.Can));
            Assert.That((finding.Severity, finding.GradedLower), Is.EqualTo((Severity.Error, (string?)null)));
        });
    }

    [Test]
    public void HedgedOnTheSideTheReferenceSupportsDoesNotLowerIt()
    {
        var finding = Check("Ketamine is an agonist of the NMDA receptor.", "Ketamine is thought to be an antagonist of the NMDA receptor.").Findings.Single(f => f.Rule == "nmda-action");
        Assert.That((finding.Severity, finding.GradedLower), Is.EqualTo((Severity.Error, (string?)null)));
    }

    [Test]
    public void WithoutAReferenceAHedgedSideAgainstAStatedOneIsGradedLower()
    {
        // No reference fact says what arketamine does at the receptor.
        var finding = Check("Arketamine may be an agonist of the NMDA receptor.", "Arketamine is an antagonist of the NMDA receptor.").Findings.Single(f => f.Rule == "nmda-action");
        Assert.Multiple(() =>
        {
            Assert.That(finding.ReferenceSupports, Is.Null);
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(finding.GradedLower, Is.EqualTo("warning, not error: one side (\u201Cagonist\u201D) is only hedged, not stated as fact"));
        });
    }

    [Test]
    public void TwoHedgedClaimsThatDifferAreNoConflict() =>
        Assert.That(Check("Arketamine may be an agonist of the NMDA receptor.", "Arketamine is thought to be an antagonist of the NMDA receptor.").Findings, Is.Empty);

    [Test]
    public void TwoStatedClaimsThatDifferAreAConflict() =>
        Assert.That(Check("Arketamine is an agonist of the NMDA receptor.", "Arketamine is an antagonist of the NMDA receptor.").Findings.Single().Severity, Is.EqualTo(Severity.Error));

    [Test]
    public void AClaimCalledARumourIsHedged()
    {
        var finding = Check("It is rumoured that ketamine was designated a Schedule II substance.").Findings.Single(f => f.Rule == "scheduling-class");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Evidence.Where(e => !e.Reference).Select(e => e.Modality), Is.EqualTo(new[] { Modality.May }));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(finding.Message, Does.Contain("Schedule II controlled substance (hedged)"));
        });
    }
}
