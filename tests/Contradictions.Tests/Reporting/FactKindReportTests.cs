using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting;

/// <summary>Every report format shows the kind of authority beside each reference fact it cites, and only beside facts.</summary>
public class FactKindReportTests
{
    private static readonly Report Report = new ContradictionCheckerBuilder().UseDefaultPack().Build()
        .Check(SourceDocument.FromText("a.txt", "Ketamine was placed in Schedule III by the FDA in 1999.\n\nEsketamine has been used widely in hospitals since the 1960s.\n"));

    private static string Written(IReportWriter writer)
    {
        using var text = new StringWriter();
        writer.Write(Report, text);
        return text.ToString();
    }

    private static IEnumerable<TestCaseData> Writers()
    {
        yield return new TestCaseData(new TextReportWriter()).SetArgDisplayNames("text");
        yield return new TestCaseData(new MarkdownReportWriter()).SetArgDisplayNames("markdown");
        yield return new TestCaseData(new JsonReportWriter()).SetArgDisplayNames("json");
        yield return new TestCaseData(new SarifReportWriter(Repository.Root)).SetArgDisplayNames("sarif");
        yield return new TestCaseData(new HtmlReportWriter()).SetArgDisplayNames("html");
    }

    [TestCaseSource(nameof(Writers))]
    public void EachFormatShowsTheKindOfTheCitedFactsAndWhyAFindingIsGradedLower(IReportWriter writer)
    {
        var written = Written(writer);
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("federal-register"));
            Assert.That(written, Does.Contain("secondary"));
            Assert.That(written, Does.Contain("only secondary reference facts decide it (ketanest-s)"));
        });
    }

    [Test]
    public void TheJsonReportGivesFactsAKindAndArticlesNone()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Written(new JsonReportWriter()));
        var evidence = json.RootElement.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(evidence.Where(e => e.TryGetProperty("reference", out _)).Select(e => e.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "federal-register", "secondary" }));
            Assert.That(evidence.Where(e => !e.TryGetProperty("reference", out _)).Any(e => e.TryGetProperty("kind", out _)), Is.False);
            Assert.That(json.RootElement.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "federal-register", "secondary" }));
        });
    }

    [Test]
    public void AReadBackReportKeepsKindsAndGrading()
    {
        var read = JsonReportReader.Read(Written(new JsonReportWriter()));
        Assert.Multiple(() =>
        {
            Assert.That(read.Findings.SelectMany(f => f.Evidence).Where(e => e.Reference).Select(e => e.Kind), Is.EquivalentTo(Report.Findings.SelectMany(f => f.Evidence).Where(e => e.Reference).Select(e => e.Kind)));
            Assert.That(read.Findings.Select(f => f.GradedLower), Is.EqualTo(Report.Findings.Select(f => f.GradedLower)));
            Assert.That(read.References.Select(r => r.Kind), Is.EqualTo(Report.References.Select(r => r.Kind)));
        });
    }
}
