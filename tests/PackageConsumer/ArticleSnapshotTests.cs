using Contradictions;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Testing;
using Contradictions.Text;

namespace PackageConsumer;

/// <summary>What a user of the packages writes: a snapshot of their own articles, and the README's example.</summary>
public class ArticleSnapshotTests
{
    private static string Articles => Path.Combine(TestContext.CurrentContext.TestDirectory, "articles");

    [Test]
    public Task TheLeafletReadsAsBefore() => ContradictionSnapshot.VerifyAsync("articles");

    [Test]
    public async Task TheReadmeExampleFindsTheContradictionAndRendersIt()
    {
        var checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
        var report = checker.Check(await SourceDocument.FromFileAsync(Path.Combine(Articles, "clinic-leaflet.txt")));
        using var markdown = new StringWriter();
        new MarkdownReportWriter().Write(report, markdown);
        using var sarif = new StringWriter();
        new SarifReportWriter().Write(report, sarif);
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Select(f => f.Rule), Does.Contain("nmda-action"));
            Assert.That(markdown.ToString(), Does.Contain("nmda-action"));
            Assert.That(sarif.ToString(), Does.Contain("\"ruleId\": \"nmda-action\""));
        });
    }
}
