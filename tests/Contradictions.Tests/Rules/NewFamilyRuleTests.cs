using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Rules;

/// <summary>Each rule of the newer claim families fires on a sentence that contradicts the pack's facts, and stays quiet on one that agrees.</summary>
public class NewFamilyRuleTests
{
    private static IEnumerable<string> Rules(string text) =>
        Repository.Checker.Check(SourceDocument.FromText("a.txt", text)).Findings.Select(f => f.Rule);

    [TestCase("generic-approval", "No generic version of ketamine is approved by the FDA. There is no approved generic version of ketamine.", "The FDA has approved generic versions of ketamine.")]
    [TestCase("supervised-administration", "Spravato can be taken at home.", "Spravato must be taken in a certified doctor's office.")]
    [TestCase("monitoring-time", "Spravato must be taken in a clinic, with patients monitored for one hour.", "Spravato must be taken in a clinic, with patients monitored for at least two hours.")]
    [TestCase("essential-medicine-since", "Ketamine was added to the WHO's Model List of Essential Medicines in 2010. Ketamine is on the WHO's list of essential medicines since 2010.", "The WHO considers ketamine to be an essential medicine.")]
    [TestCase("international-control", "In 2015 the WHO recommended that ketamine be placed under international control.", "The WHO recommends that ketamine should not be placed under international control.")]
    [TestCase("dosage-form", "Spravato is an intravenous infusion.", "Spravato is a nasal spray.")]
    [TestCase("relative-potency", "R-ketamine binds the NMDA receptor more strongly than S-ketamine.", "S-ketamine binds the NMDA receptor more strongly than R-ketamine. Esketamine is twice as potent as racemic ketamine.")]
    [TestCase("breakthrough-attribution", "In 2016, the FDA awarded ketamine the status Breakthrough Therapy Designation for major depressive disorder.", "In 2016, the FDA awarded esketamine the status Breakthrough Therapy Designation for major depressive disorder.")]
    public void TheRuleFiresOnAContradictionAndNotOnAgreement(string rule, string contradiction, string agreement)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Rules(contradiction), Does.Contain(rule), contradiction);
            Assert.That(Rules(agreement), Does.Not.Contain(rule), agreement);
        });
    }

    [Test]
    public void AListingDeniedInOneArticleAndStatedInAnotherIsAConflict()
    {
        var report = Repository.Checker.Check(
            SourceDocument.FromText("a.txt", "Ketamine is on the World Health Organization's list of essential medicines."),
            SourceDocument.FromText("b.txt", "Ketamine is not on the World Health Organization's list of essential medicines."));
        Assert.That(report.Findings.Select(f => f.Rule), Does.Contain("essential-medicine"));
    }

    [Test]
    public void The2016DesignationIsCreditedToEsketamineIn002AndAgreesWithTheFact() =>
        Assert.That(Repository.SeedReport.Findings.Select(f => f.Rule), Does.Not.Contain("breakthrough-attribution"));

    [Test]
    public void The002ClaimThatNoGenericIsApprovedContradictsTheFact()
    {
        var finding = Repository.SeedReport.Findings.Single(f => f.Rule == "generic-approval");
        Assert.That(finding.Evidence.Select(e => (e.Side, e.Source[..3], e.Line)), Does.Contain(("denies", "002", 59)).And.Contain(("states", "gen", finding.Evidence.Single(e => e.Reference).Line)));
    }
}
