using Contradictions.Reporting;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Rules;

/// <summary>
/// Agreement that means something: never a claim a finding refutes, sources and reference facts counted apart and the
/// same way as the findings count them, and only claims a reader could check.
/// </summary>
public class AgreementTests
{
    private static Report Check(params string[] articles) =>
        Repository.Checker.Check(articles.Select((text, i) => SourceDocument.FromText($"article-{i}.txt", text)));

    private static string Text(Report report)
    {
        using var text = new StringWriter();
        new TextReportWriter().Write(report, text);
        return text.ToString();
    }

    [Test]
    public void AClaimTheReferenceRefutesIsListedOnlyUnderItsFinding()
    {
        var report = Check("Our clinic notes that the FDA approved ketamine for pain.", "As every nurse knows, the FDA approved ketamine for pain.");
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Single(f => f.Rule == "approval-status").ReferenceSupports, Is.EqualTo("denies"));
            Assert.That(report.Corroborations.Select(c => c.Statement), Has.None.Contains("was approved by the FDA for pain"));
        });
    }

    [Test]
    public void TheSideTheReferenceSupportsIsStillAgreementAndNamesTheFindingThatDisputesIt()
    {
        var report = Check("Ketamine is an antagonist of the NMDA receptor.", "Ketamine blocks NMDA receptors.", "Ketamine is an agonist of the NMDA receptor.");
        var agreement = report.Corroborations.Single(c => c.Statement == "ketamine is an NMDA receptor antagonist");
        Assert.Multiple(() =>
        {
            Assert.That(agreement.DisputedBy, Is.EqualTo(new[] { report.Findings.Single(f => f.Rule == "nmda-action").Id }));
            Assert.That(report.Corroborations.Select(c => c.Statement), Has.None.Contains("NMDA receptor agonist"));
        });
    }

    [Test]
    public void SourcesAndReferenceFactsAreCountedApartWithTheFactsKind()
    {
        var report = Check("Ketamine is an antagonist of the NMDA receptor. Put simply, ketamine blocks NMDA receptors.");
        var agreement = report.Corroborations.Single();
        Assert.Multiple(() =>
        {
            Assert.That((agreement.Sources, agreement.Facts), Is.EqualTo((1, 1)));
            Assert.That(Text(report), Does.Contain("agree (1 source and a reference fact (label)): ketamine is an NMDA receptor antagonist\n"));
        });
    }

    [Test]
    public void OneArticleAloneAgreesWithNobody() =>
        Assert.That(Check("Arketamine is an antagonist of the NMDA receptor. Arketamine blocks NMDA receptors.").Corroborations, Is.Empty);

    [Test]
    public void ADatelessEventWithNothingToCheckIsNoAgreement() =>
        Assert.That(Check("Ketamine has been in use for decades.", "Clinics say ketamine has been in use for decades.").Corroborations, Is.Empty);

    [Test]
    public void ADatedEventIsAgreement() =>
        Assert.That(Check("Ketamine has been in use since 1970.", "Clinics say ketamine has been in use since 1970.").Corroborations.Single().Statement, Is.EqualTo("ketamine has been in use since 1970"));

    [Test]
    public void AnUndatedEventWithAQualifierIsAgreement() =>
        Assert.That(Check("The FDA approved ketamine for anesthesia.", "Ketamine was approved by the FDA for anesthesia.").Corroborations.Select(c => c.Statement), Does.Contain("ketamine was approved by the FDA for anesthesia"));

    [Test]
    public void TheAgreementAndTheFindingCountTheSameSupporters()
    {
        // The denial for chronic pain fits beside the denial for pain but does not say it: neither section counts it.
        var report = Check("Ketamine has an off-label use as a painkiller.", "The FDA has not approved ketamine for chronic pain.", "The FDA approved ketamine for pain.");
        var finding = report.Findings.Single(f => f.Rule == "approval-status");
        var agreement = report.Corroborations.Single(c => c.Statement.StartsWith("ketamine is not approved by the FDA for pain", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Does.Contain("1 source and a reference fact (label) deny it"));
            Assert.That(Text(report), Does.Contain("agree (1 source and a reference fact (label); disputed by " + finding.Id + ")"));
            Assert.That(agreement.Evidence.Select(e => e.Source), Is.EquivalentTo(finding.Evidence.Where(e => e.Side == "denies").Select(e => e.Source)));
        });
    }

    [Test]
    public void HedgedAgreementSaysSo() =>
        Assert.That(Check("Arketamine may be an antagonist of the NMDA receptor.", "Arketamine is thought to be an antagonist of the NMDA receptor.").Corroborations.Single().Statement, Is.EqualTo("arketamine is an NMDA receptor antagonist (hedged)"));
}
