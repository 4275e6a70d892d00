using Contradictions.Claims;
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
    public void AChangeSaidToComeLaterEndsTheSourcesEarlierSchedule()
    {
        var later = SourceDocument.FromText("later.txt", "Epidiolex was a Schedule I drug in the United States in 2017.\n\nIt was later moved to Schedule V.\n");
        var claims = Cannabidiol.Extract(later).Where(a => a.Predicate == "scheduling").ToList();
        var report = Cannabidiol.Check([later]);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(a => (a.Value?.Normalized, a.Bound)), Is.EqualTo(new[] { ("I", TimeBound.None), ((string?)"V", TimeBound.Later) }));
            Assert.That(report.Findings, Is.Empty, "the source's own change is no conflict");
            Assert.That(report.Histories.Single().Steps.Where(s => s.Evidence.Any(e => !e.Reference)).Select(s => s.Holds), Is.EqualTo(new[] { "2017 to 2017-12-31", "at some time from 2018-01-01" }));
        });
    }

    [Test]
    public void WithoutLaterTheSameChangeHoldsAtOnceWithTheEarlierSchedule()
    {
        var now = SourceDocument.FromText("now.txt", "Epidiolex was a Schedule I drug in the United States in 2017.\n\nIt was moved to Schedule V.\n");
        Assert.That(Cannabidiol.Check([now]).Findings.Select(f => f.Rule), Does.Contain("scheduling-class"));
    }

    [Test]
    public void TheTimelineShowsEachScheduleWithWhenItHolds()
    {
        var report = Cannabidiol.Check(Articles("CannabidiolArticles"));
        var history = report.Histories.Single();
        Assert.Multiple(() =>
        {
            Assert.That((history.Subject, history.Topic), Is.EqualTo(("Epidiolex", "controlled-substance schedule")));
            Assert.That(history.Steps.Select(s => s.Holds), Is.EqualTo(new[]
            {
                "at some time up to 2018-09-30", "at some time up to 2018-12-31", "2018-09-28 to 2020-04-05", "2018-09 to 2020-03-31", "from 2020-04-06", "from 2020-04",
            }));
            Assert.That(history.Steps.Select(s => s.Evidence.Select(e => e.Side).Distinct().Single()), Is.EqualTo(new[] { "I", "I", "V", "V", "none", "none" }));
            Assert.That(history.Steps[3].Evidence.Select(e => $"{e.Source}:{e.Line}"), Is.EqualTo(new[] { "history.txt:5", "timeline.txt:5" }), "one state over one span is one step");
            Assert.That(report.References.Select(r => r.Id), Does.Contain("epidiolex-schedule-v").And.Contain("epidiolex-descheduled"), "a fact a timeline cites is listed");
            Assert.That(history.Steps.SelectMany(s => s.Evidence).Select(e => e.Source), Does.Not.Contain("pharmacy.txt").And.Not.Contain("outdated.txt"), "a claim with no time words tells no change");
        });
    }

    [Test]
    public void ATimelineNeedsAnArticleAndTwoStates()
    {
        var facts = Cannabidiol.Check([SourceDocument.FromText("none.txt", "Epidiolex is a medicine.\n")]);
        var oneState = Cannabidiol.Check([SourceDocument.FromFile(Path.Combine(Here, "CannabidiolArticles", "pharmacy.txt"))]);
        Assert.Multiple(() =>
        {
            Assert.That(facts.Histories, Is.Empty, "the facts' own history is no finding of the articles");
            Assert.That(oneState.Histories, Is.Empty, "an undated claim places nothing in time");
        });
    }

    [Test]
    public void EveryFormatShowsTheTimeline()
    {
        var report = Cannabidiol.Check(Articles("CannabidiolArticles"));
        string Written(Contradictions.Reporting.IReportWriter writer)
        {
            using var text = new StringWriter();
            writer.Write(report, text);
            return text.ToString();
        }

        var json = Written(new JsonReportWriter());
        Assert.Multiple(() =>
        {
            Assert.That(Written(new Contradictions.Reporting.Text.TextReportWriter()), Does.Contain("timeline (controlled-substance schedule): Epidiolex\n  at some time up to 2018-09-30: Epidiolex is a Schedule I controlled substance in the United States (history.txt:3:7)\n"));
            Assert.That(Written(new Contradictions.Reporting.Markdown.MarkdownReportWriter()), Does.Contain("## Timeline\n\n- Epidiolex (controlled-substance schedule):\n  - at some time up to 2018-09-30: "));
            Assert.That(Written(new Contradictions.Reporting.Html.HtmlReportWriter()), Does.Contain("<section id=\"timeline\">").And.Contain("<li>from 2020-04-06: Epidiolex is not a controlled substance in the United States"));
            Assert.That(JsonReportReader.Read(json).Histories.Single().Steps.Select(s => (s.Holds, s.Statement, s.Evidence.Count)), Is.EqualTo(report.Histories.Single().Steps.Select(s => (s.Holds, s.Statement, s.Evidence.Count))));
        });
    }

    [Test]
    public void ThePackGuidesTimelineSampleIsWhatTheReportPrints()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "rules", "README.md"));
        var start = guide.IndexOf("```text\ntimeline (", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "rules/README.md shows a timeline");
        var sample = guide[(start + "```text\n".Length)..guide.IndexOf("```", start + 3, StringComparison.Ordinal)];
        using var text = new StringWriter();
        new Contradictions.Reporting.Text.TextReportWriter().Write(Cannabidiol.Check(Articles("CannabidiolArticles")), text);
        var printed = text.ToString().Split('\n');
        Assert.That(sample.TrimEnd('\n').Split('\n'), Is.SubsetOf(printed), "each line of the sample is a line of the report");
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
