using Contradictions.Reporting;
using Contradictions.Reporting.Markdown;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Contradictions.Tests.Reporting.Markdown;

/// <summary>The Markdown report as GitHub reads it: parsed with pipe tables, as in a pull-request comment.</summary>
public class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static string Render(Report report)
    {
        using var writer = new StringWriter();
        new MarkdownReportWriter().Write(report, writer);
        return writer.ToString();
    }

    private static MarkdownDocument Parse(Report report) => Markdig.Markdown.Parse(Render(report), GitHubLike);

    private static Report WithQuote(string quote)
    {
        var evidence = new Evidence[]
        {
            new("states", "a.txt", 3, 1, quote, "a.txt#1"),
            new("denies", "b.txt", 7, 5, "It does not.", "b.txt#1"),
        };
        return new Report("pack", [new SourceSummary("a.txt", "A <b>title</b> | with a pipe", null, null, 1)], [], [new Finding("r-1", "r", Severity.Error, "topic", "They disagree.", evidence, [])], [], [], []);
    }

    [Test]
    public void TheSummaryComesFirstAndTheAgreementLast()
    {
        var document = Parse(Repository.SeedReport);
        var headings = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Inline!.FirstChild!.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(document[1], Is.TypeOf<ParagraphBlock>());
            Assert.That(Render(Repository.SeedReport), Does.Contain("5 sources read, 73 assertions, 10 conflicts (7 errors, 2 warnings and 1 info), 20 corroborations."));
            Assert.That(headings.First(), Is.EqualTo("Conflicts"));
            Assert.That(headings.Last(), Is.EqualTo("Agreement"));
        });
    }

    [Test]
    public void EachConflictShowsItsSidesSideBySideInATable()
    {
        // The first table lists the sources and the last ranks their reliability; the ones between are the conflicts.
        var all = Parse(Repository.SeedReport).Descendants<Table>().ToList();
        var tables = all.Skip(1).Take(all.Count - 2).ToList();
        var findings = Repository.SeedReport.Findings;
        Assert.That(tables, Has.Count.EqualTo(findings.Count));
        Assert.Multiple(() =>
        {
            foreach (var (table, finding) in tables.Zip(findings))
            {
                var sides = finding.Evidence.Select(e => e.Side).Distinct().Count();
                Assert.That(table.ColumnDefinitions, Has.Count.EqualTo(sides), finding.Id);
                Assert.That(table.OfType<TableRow>().All(r => r.Count == sides), finding.Id);
            }
        });
    }

    [Test]
    public void TheReferenceThatDecidesAConflictIsNamedWithTheSideItBacks()
    {
        Assert.That(Render(Repository.SeedReport), Does.Contain("Decided by reference `dea-schedule` (federal-register) <https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm>, on the side of *the DEA*."));
    }

    [Test]
    public void ArticleTextCannotAddHtmlLinksHeadingsOrColumns()
    {
        var document = Parse(WithQuote("It is <script>alert(1)</script> | **bold** [link](https://example.com) `code` <img src=x onerror=alert(1)>\n# heading"));
        var table = document.Descendants<Table>().Last();
        Assert.Multiple(() =>
        {
            Assert.That(document.Descendants<HtmlInline>().Select(h => h.Tag), Is.All.EqualTo("<br>"), "only the report's own line breaks");
            Assert.That(document.Descendants<HtmlBlock>(), Is.Empty);
            Assert.That(document.Descendants<LinkInline>().Where(l => !l.IsAutoLink), Is.Empty);
            Assert.That(table.Descendants<EmphasisInline>(), Is.Empty);
            Assert.That(document.Descendants<HeadingBlock>().Select(h => h.Inline!.FirstChild!.ToString()), Does.Not.Contain("heading"));
            Assert.That(table.OfType<TableRow>().All(r => r.Count == 2));
            Assert.That(document.Descendants<Table>().First().OfType<TableRow>().All(r => r.Count == 3), "the sources table keeps its three columns");
        });
    }

    [Test]
    public void ASideWithMoreQuotesLeavesTheOtherColumnEmptyBelowItsLast()
    {
        var lines = Render(Repository.SeedReport).Split('\n');
        var row = lines.First(l => l.Contains("`004_c945a068740e675c.txt:16:", StringComparison.Ordinal));
        Assert.That(row, Does.StartWith("|  | "), "the agonist side has one quote; the antagonist side goes on alone");
    }
}
