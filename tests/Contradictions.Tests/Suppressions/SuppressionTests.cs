using Contradictions.Suppressions;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Suppressions;

public class SuppressionTests
{
    private const string Denial = "Unlike other anesthetics, ketamine does not cause respiratory depression.";

    [Test]
    public void AnInlineMarkerSilencesTheRuleInItsRegionAndTheReportCountsIt()
    {
        var text = $"Intro.\n<!-- contradictions-disable respiratory-depression -->\n{Denial}\n<!-- contradictions-enable respiratory-depression -->\n";
        var report = Repository.Checker.Check(SourceDocument.FromText("a.md", text));
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Where(f => f.Rule == "respiratory-depression"), Is.Empty);
            Assert.That(report.Suppressed.Select(s => (s.Finding.Rule, s.Reason)), Is.EqualTo(new[] { ("respiratory-depression", "disabled by a marker at a.md:2") }));
        });
    }

    [Test]
    public void AMarkerForAnotherRuleOrOutsideItsRegionSilencesNothing()
    {
        var otherRule = $"<!-- contradictions-disable nmda-action -->\n{Denial}\n";
        var afterEnable = $"<!-- contradictions-disable -->\nIntro.\n<!-- contradictions-enable -->\n{Denial}\n";
        Assert.Multiple(() =>
        {
            Assert.That(Repository.Checker.Check(SourceDocument.FromText("a.md", otherRule)).Findings.Select(f => f.Rule), Does.Contain("respiratory-depression"));
            Assert.That(Repository.Checker.Check(SourceDocument.FromText("a.md", afterEnable)).Findings.Select(f => f.Rule), Does.Contain("respiratory-depression"));
        });
    }

    [Test]
    public void ABaselineSilencesTheFindingsItRecordsAfterARoundTrip()
    {
        var baseline = Baseline.FromReport(Repository.SeedReport);
        using var written = new StringWriter();
        baseline.Write(written);
        var checker = new ContradictionCheckerBuilder().UseDefaultPack().UseBaseline(Baseline.Read(written.ToString())).Build();
        var report = checker.Check(Repository.SeedDocuments());
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings, Is.Empty);
            Assert.That(report.Suppressed.Select(s => s.Finding.Id), Is.EqualTo(Repository.SeedReport.Findings.Select(f => f.Id)));
            Assert.That(report.Suppressed.Select(s => s.Reason).Distinct(), Is.EqualTo(new[] { "in the baseline" }));
        });
    }

    [Test]
    public void ABaselineSurvivesEditsThatMoveLinesButReportsNewConflicts()
    {
        var before = Repository.Checker.Check(SourceDocument.FromText("a.txt", "Ketamine is a selective agonist of the NMDA receptor."));
        var checker = new ContradictionCheckerBuilder().UseBaseline(Baseline.FromReport(before)).Build();
        var after = checker.Check(SourceDocument.FromText("a.txt", "New intro.\n\nMore text here. Ketamine is a selective agonist of the NMDA receptor.\nKetamine does not cause respiratory depression."));
        Assert.Multiple(() =>
        {
            Assert.That(after.Suppressed.Select(s => s.Finding.Rule), Is.EqualTo(new[] { "nmda-action" }));
            Assert.That(after.Findings.Select(f => f.Rule), Is.EqualTo(new[] { "respiratory-depression" }));
        });
    }

    [Test]
    public void ABaselineThatIsNotJsonSaysWhere() =>
        Assert.That(() => Baseline.Read("{\n  \"findings\": [ oops ]\n}"), Throws.TypeOf<FormatException>().With.Message.StartsWith("line 2"));
}
