using Contradictions.Rules;
using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Generality;

/// <summary>
/// Claims whose value changes over time, on two small packs of their own: a product's schedule that changed in 2018
/// and ended in 2020, when the product left the schedules (what an article says depends on when it was written, and a
/// change within one article is no conflict), and the year a drug came under control, where 1984 and 1985 are a conflict.
/// </summary>
public class ChangesOverTimeTests
{
    private static readonly string Here = Path.Combine(Repository.Root, "tests", "Contradictions.Tests", "Generality");

    private static ContradictionChecker CheckerFor(string pack) => new ContradictionCheckerBuilder()
        .UsePacks(["default/english", "default/drug-regulation", Path.Combine(Here, pack)])
        .Build();

    private static IReadOnlyList<SourceDocument> Articles(string folder) =>
        Directory.GetFiles(Path.Combine(Here, folder), "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();

    private static readonly ContradictionChecker Cannabidiol = CheckerFor("CannabidiolPack");

    [Test]
    public void AScheduleHeldUntilADateIsReadAsBounded()
    {
        var history = Cannabidiol.Extract(SourceDocument.FromFile(Path.Combine(Here, "CannabidiolArticles", "history.txt")));
        var former = history.Single(a => a.Predicate == "scheduling" && a.Value?.Normalized == "I");
        Assert.Multiple(() =>
        {
            Assert.That(former.Bound, Is.EqualTo(Contradictions.Claims.TimeBound.Until));
            Assert.That(former.Date?.ToString(), Is.EqualTo("2018-09"));
            Assert.That(former.Published, Is.EqualTo(new DateOnly(2021, 3, 1)));
        });
    }

    [Test]
    public void OnlyTheArticleWrittenAfterTheChangeContradictsTheNewSchedule()
    {
        var report = Cannabidiol.Check(Articles("CannabidiolArticles"));
        var finding = report.Findings.Single(f => f.Evidence.Any(e => e.Side == "I"));
        Assert.Multiple(() =>
        {
            Assert.That(finding.Rule, Is.EqualTo("scheduling-class"));
            Assert.That(finding.Evidence.Where(e => !e.Reference).Select(e => e.Source).Distinct(), Is.EquivalentTo(new[] { "outdated.txt", "history.txt", "timeline.txt" }));
            Assert.That(finding.Evidence.Where(e => e.Source is "history.txt" or "timeline.txt").Select(e => e.Side), Is.All.EqualTo("V"), "a history's own change is no side of the conflict");
            Assert.That(finding.Evidence.Select(e => e.Source), Does.Not.Contain("before.txt"), "written before the change, it said what was true then");
        });
    }

    [Test]
    public void WithoutPublicationDatesTheOldScheduleContradictsTheNew()
    {
        // The same texts with no sidecars: an undated "is Schedule I" holds at every moment.
        var undated = Articles("CannabidiolArticles").Select(d => SourceDocument.FromText(d.Id, d.Text)).ToList();
        var finding = Cannabidiol.Check(undated).Findings.Single(f => f.Evidence.Any(e => e.Side == "I") && f.Evidence.Any(e => e.Side == "V"));
        Assert.That(finding.Evidence.Select(e => e.Source).Distinct(), Does.Contain("before.txt").And.Contain("outdated.txt"));
    }

    [Test]
    public void AScheduleSaidAfterTheProductLeftTheSchedulesContradictsTheDescheduling()
    {
        var finding = Cannabidiol.Check(Articles("CannabidiolArticles")).Findings.Single(f => f.Evidence.Any(e => e.Side == "none"));
        Assert.Multiple(() =>
        {
            Assert.That(finding.Evidence.Where(e => e.Side == "V").Select(e => e.Source), Is.EqualTo(new[] { "pharmacy.txt" }), "written in 2024, after the 2020 descheduling; the 2018 fact ended then");
            Assert.That(finding.Evidence.Where(e => e.Side == "none").Select(e => e.Source), Is.EquivalentTo(new[] { "timeline.txt", "epidiolex-descheduled" }));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning), "only a secondary fact decides it, so it is graded one step below the rule's error");
        });
    }

    [Test]
    public void AHistoryFromScheduleIToDeschedulingIsNoConflict()
    {
        var timeline = SourceDocument.FromFile(Path.Combine(Here, "CannabidiolArticles", "timeline.txt"));
        var claims = Cannabidiol.Extract(timeline);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Where(a => a.Predicate == "scheduling").Select(a => a.Value?.Normalized ?? a.Polarity.ToString()), Is.EqualTo(new[] { "I", "V", "Negated" }));
            Assert.That(Cannabidiol.Check([timeline]).Findings, Is.Empty);
        });
    }

    [Test]
    public void HowLongAClaimHoldsReadsBackFromJson()
    {
        var history = Cannabidiol.Extract(SourceDocument.FromFile(Path.Combine(Here, "CannabidiolArticles", "history.txt")));
        var line = JsonReportWriter.ToJson(history.Single(a => a.Value?.Normalized == "I")).ToJsonString();
        var read = AssertionJsonReader.Read(line);
        Assert.Multiple(() =>
        {
            Assert.That(line, Does.Contain("\"holds\":\"until\"").And.Contain("\"published\":\"2021-03-01\""));
            Assert.That((read.Bound, read.Published), Is.EqualTo((Contradictions.Claims.TimeBound.Until, (DateOnly?)new DateOnly(2021, 3, 1))));
        });
    }

    [Test]
    public void TheYearMdmaCameUnderControlIsAConflictBetween1984And1985()
    {
        var report = CheckerFor("MdmaPack").Check(Articles("MdmaArticles"));
        var finding = report.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Rule, Is.EqualTo("controlled-since"));
            Assert.That(finding.Evidence.Select(e => e.Side).Distinct(), Is.EquivalentTo(new[] { "1984", "1985" }));
        });
    }
}
