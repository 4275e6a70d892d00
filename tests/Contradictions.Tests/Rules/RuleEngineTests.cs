using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Rules;

/// <summary>The rules' logic on short articles, through the default pack; reference facts take part as well.</summary>
public class RuleEngineTests
{
    private static Report Check(params string[] articles) =>
        Repository.Checker.Check(articles.Select((text, i) => SourceDocument.FromText($"article-{i}.txt", text)));

    private static IEnumerable<string> Rules(Report report, string predicateRule) =>
        report.Findings.Where(f => f.Rule == predicateRule).SelectMany(f => f.Evidence).Where(e => !e.Reference).Select(e => e.Source);

    [Test]
    public void DoesNotCauseContradictsCanCauseInHighDoses()
    {
        var report = Check("Ketamine does not cause respiratory depression.", "Ketamine can cause respiratory depression in high doses.");
        Assert.That(Rules(report, "respiratory-depression"), Is.EquivalentTo(new[] { "article-0.txt", "article-1.txt" }));
    }

    [Test]
    public void MayNotCauseContradictsNothing()
    {
        var report = Check("Ketamine may not cause respiratory depression.", "Ketamine can cause respiratory depression.");
        Assert.That(report.Findings.Where(f => f.Rule == "respiratory-depression"), Is.Empty);
    }

    [Test]
    public void AgonistAndAntagonistConflictWithinOneArticle()
    {
        var report = Check("Ketamine is an antagonist of the NMDA receptor. Later on, it is a selective agonist of the NMDA receptor.");
        var finding = report.Findings.Single(f => f.Rule == "nmda-action");
        Assert.That(finding.SelfContradicting, Is.EqualTo(new[] { "article-0.txt" }));
    }

    [Test]
    public void ScheduleTwoAndScheduleThreeConflict()
    {
        var report = Check("Ketamine is a Schedule II controlled substance.", "Ketamine is a schedule 3 controlled substance.");
        Assert.That(report.Findings.Where(f => f.Rule == "scheduling-class").SelectMany(f => f.Evidence).Select(e => e.Side).Distinct(), Is.EquivalentTo(new[] { "II", "III" }));
    }

    [Test]
    public void DiscoveryDatesCompareAsIntervals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Check("Ketamine was first discovered in the early 1960s.", "Ketamine was discovered in 1962.").Findings, Is.Empty);
            Assert.That(Rules(Check("Ketamine was first discovered in the early 1960s.", "Ketamine was discovered in 1970."), "discovery-date"), Is.Not.Empty);
        });
    }

    [Test]
    public void AnApprovalCreditedToTheProductAndItsDrugIsOneAttribution()
    {
        var report = Check("In 2019 the FDA approved esketamine for treatment-resistant depression.", "In March 2019 Spravato was approved by the FDA.");
        Assert.That(report.Findings.Where(f => f.Rule == "approval-attribution"), Is.Empty);
    }

    [Test]
    public void AnApprovalCreditedToAnEnantiomerAndTheRacemateIsAConflictEvenWithoutOtherArticles()
    {
        var report = Check("In 2019 the FDA approved ketamine to treat depression.");
        var finding = report.Findings.Single(f => f.Rule == "approval-attribution");
        Assert.That(finding.Evidence.Where(e => e.Reference).Select(e => e.Source), Is.EqualTo(new[] { "spravato-approval" }));
    }

    [Test]
    public void ADenialForABroadUseCoversANarrowerClaimButNotTheReverse()
    {
        var broadDenied = Check("Ketamine has an off-label use as a painkiller.", "Ketamine was approved for chronic pain syndromes.");
        var narrowDenied = Check("The FDA has approved ketamine for pain control.", "The FDA has not approved ketamine for chronic pain alleviation.");
        Assert.Multiple(() =>
        {
            Assert.That(Rules(broadDenied, "approval-status"), Does.Contain("article-1.txt"));
            Assert.That(Rules(narrowDenied, "approval-status").Where(s => s == "article-1.txt"), Is.Empty);
        });
    }

    [Test]
    public void AReferenceScopedAsOfADateIsNotComparedWithLaterClaims()
    {
        const string Fact = "facts:\n  - id: no-depression-approval\n    statement: As of 2018 ketamine was not approved for depression.\n    kind: label\n    source: https://example.org/label\n    claims:\n      - subject: ketamine\n        predicate: approval\n        polarity: negated\n        as-of: \"2018\"\n        qualifiers: {indication: depression}\n";
        using var pack = new PackCopy().With("facts-as-of.yaml", Fact);
        var checker = new ContradictionCheckerBuilder().UsePack(pack.Directory).DisableRule("approval-attribution").Build();
        Report Check(string text) => checker.Check(SourceDocument.FromText("a.txt", text));
        bool CitesScopedFact(Report r) => r.Findings.Any(f => f.Evidence.Any(e => e.Source == "no-depression-approval"));
        Assert.Multiple(() =>
        {
            Assert.That(CitesScopedFact(Check("In 2016 the FDA approved ketamine to treat depression.")), Is.True);
            Assert.That(CitesScopedFact(Check("In 2021 the FDA approved ketamine to treat depression.")), Is.False);
        });
    }

    [Test]
    public void AFindingSaysWhichSideTheReferenceSupports()
    {
        var finding = Check("Ketamine is a selective agonist of the NMDA receptor.").Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.ReferenceSupports, Is.EqualTo("antagonist"));
            Assert.That(finding.Reason, Is.EqualTo("value is single-valued for one subject, and agonist differs from antagonist"));
        });
    }

    [Test]
    public void ReportsDoNotDependOnTheOrderOfSources()
    {
        var sources = Repository.SeedDocuments();
        var forward = Json(Repository.Checker.Check(sources));
        var backward = Json(Repository.Checker.Check(sources.Reverse()));
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void FindingIdsAreStableAcrossRuns() =>
        Assert.That(
            Repository.Checker.Check(Repository.SeedDocuments()).Findings.Select(f => f.Id),
            Is.EqualTo(Repository.SeedReport.Findings.Select(f => f.Id)));

    private static string Json(Report report)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return writer.ToString();
    }
}
