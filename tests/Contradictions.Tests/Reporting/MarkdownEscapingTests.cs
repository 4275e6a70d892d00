using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reporting;
using Contradictions.Reporting.Markdown;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;
using Markdig;

namespace Contradictions.Tests.Reporting;

/// <summary>Article text (and a user's pack) is data: rendered as Markdown and then as HTML, it cannot add markup or links.</summary>
public partial class MarkdownEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Link = "[click](javascript:alert(1))";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static string Html(Report report)
    {
        using var writer = new StringWriter();
        new MarkdownReportWriter().Write(report, writer);
        return Markdig.Markdown.ToHtml(writer.ToString(), Pipeline);
    }

    private static void AssertInert(string html)
    {
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Not.Contain("href=\"javascript:").IgnoreCase);
            foreach (Match table in Tables().Matches(html))
            {
                var cells = TableRows().Matches(table.Value).Select(row => Cells().Count(row.Value)).ToList();
                Assert.That(cells, Has.All.EqualTo(cells[0]), "every row of a table has as many cells as its header");
            }
        });
    }

    [Test]
    public void HostileArticleTextIsShownAsTextInEveryPartOfTheReport()
    {
        var article = SourceDocument.FromText(
            "evil|`name`.txt",
            $"Ketamine {Script} | title `x`\nKetamine is an NMDA receptor agonist {Script} {Image}.\nKetamine is an NMDA receptor antagonist | a | b `c` {Link}.\n");
        var report = Repository.Checker.Check([article], [new InputNote("odd|`name`\n- injected item.txt", $"skipped {Script}")]);
        var html = Html(report);
        AssertInert(html);
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Select(f => f.Rule), Does.Contain("nmda-action"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Contain("javascript:alert(1)"), "the text is kept, only not as a link");
            Assert.That(html, Does.Not.Contain("<li>injected"));
        });
    }

    [Test]
    public void APackCannotInjectThroughUrlsRuleIdsOrStatements()
    {
        var evidence = new Evidence("<b>side</b>", "fact`id", 1, 1, Image, "a#1", Reference: true, Url: "javascript:alert(2)");
        var report = new Report(
            "pack",
            [new SourceSummary("a.txt", "title", null, null, 1)],
            [],
            [new Finding("x-1|y", "rule`|`id", Severity.Error, "topic", $"message {Link}", [evidence], [])],
            [new Corroboration("topic", Script, 2, [evidence], ["x-1`|`y"])],
            [new ReferenceFact("fact`id", Script, "javascript:alert(3)", [])],
            []);
        var html = Html(report);
        AssertInert(html);
        Assert.That(html, Does.Not.Contain("<b>side"));
    }

    [GeneratedRegex("<table>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Tables();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRows();

    [GeneratedRegex("<t[dh][ >]")]
    private static partial Regex Cells();
}
