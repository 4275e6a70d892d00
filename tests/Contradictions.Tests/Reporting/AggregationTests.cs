using Contradictions.Reporting.Html;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting;

/// <summary>Many sources repeating one claim make one finding with all of them as evidence, and readable reports.</summary>
public class AggregationTests
{
    private static readonly Contradictions.Reporting.Report Report = Repository.Checker.Check(
        Enumerable.Range(0, 30).Select(i => SourceDocument.FromText($"agonist-{i:D2}.txt", "Ketamine is an NMDA receptor agonist."))
            .Append(SourceDocument.FromText("antagonist.txt", "Ketamine is an NMDA receptor antagonist.")));

    [Test]
    public void ThirtySourcesSayingOneThingAreOneFindingWithThirtyPiecesOfEvidence()
    {
        var finding = Report.Findings.Single(f => f.Rule == "nmda-action");
        Assert.That(finding.Evidence.Count(e => e.Side == "agonist"), Is.EqualTo(30));
    }

    [Test]
    public void TheTextReportQuotesTheFirstTenOfASideAndCountsTheRest()
    {
        using var writer = new StringWriter();
        new TextReportWriter().Write(Report, writer);
        var text = writer.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text.Split('\n').Count(l => l.StartsWith("    agonist-", StringComparison.Ordinal)), Is.EqualTo(10));
            Assert.That(text, Does.Contain("    \u2026 and 20 more from 20 sources (the JSON report lists every one)\n"));
        });
    }

    [Test]
    public void TheMarkdownReportCountsTheRestToo()
    {
        using var writer = new StringWriter();
        new MarkdownReportWriter().Write(Report, writer);
        var markdown = writer.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(markdown.Split('\n').Count(l => l.StartsWith("| `agonist-", StringComparison.Ordinal) && l.Contains("<br>", StringComparison.Ordinal)), Is.EqualTo(10), "rows of quotes");
            Assert.That(markdown, Does.Contain("| \u2026 and 20 more from 20 sources (the JSON report lists every one) |"));
        });
    }

    [Test]
    public void TheJsonReportListsEveryPieceOfEvidence()
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(Report, writer);
        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "nmda-action");
        Assert.That(finding.GetProperty("evidence").EnumerateArray().Count(e => e.GetProperty("side").GetString() == "agonist"), Is.EqualTo(30));
    }

    [Test]
    public void TheHtmlReportQuotesTheFirstTenOfASideAndCountsTheRest()
    {
        using var writer = new StringWriter();
        new HtmlReportWriter().Write(Report, writer);
        var html = writer.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(html.Split("<figcaption><code>agonist-").Length - 1, Is.EqualTo(10));
            Assert.That(html, Does.Contain("<p class=\"rest\">\u2026 and 20 more from 20 sources (the JSON report lists every one)</p>"));
        });
    }

    [Test]
    public void TheSarifMessageCountsTheRestAndItsRelatedLocationsListEveryOne()
    {
        using var writer = new StringWriter();
        new SarifReportWriter().Write(Report, writer);
        using var log = System.Text.Json.JsonDocument.Parse(writer.ToString());
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "nmda-action");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Does.Contain(" and 20 more"));
            Assert.That(result.GetProperty("relatedLocations").GetArrayLength(), Is.EqualTo(Report.Findings.Single(f => f.Rule == "nmda-action").Evidence.Count - 1));
        });
    }
}
