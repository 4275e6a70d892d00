using Contradictions.Claims;
using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// Every report format says beside a quoted claim how the article makes it when that is not a plain statement, and
/// every format that shows agreement counts its sources and reference facts apart.
/// </summary>
public class ModalityReportTests
{
    private static readonly Report Hedged = Check("Ketamine may be a selective agonist of the NMDA receptor.\n");

    private static readonly Report Plain = Check("Ketamine is a selective agonist of the NMDA receptor.\n");

    private static readonly Report Agreeing = Check("Ketamine is an antagonist of the NMDA receptor.\n");

    private static Report Check(string text) => Repository.Checker.Check(SourceDocument.FromText("a.txt", text));

    private static string Written(IReportWriter writer, Report report)
    {
        using var text = new StringWriter();
        writer.Write(report, text);
        return text.ToString();
    }

    private static IEnumerable<TestCaseData> Writers()
    {
        yield return new TestCaseData(new TextReportWriter(), "(hedged)").SetArgDisplayNames("text");
        yield return new TestCaseData(new MarkdownReportWriter(), "(hedged)").SetArgDisplayNames("markdown");
        yield return new TestCaseData(new JsonReportWriter(), "\"modality\": \"may\"").SetArgDisplayNames("json");
        yield return new TestCaseData(new SarifReportWriter(Repository.Root), "(hedged)").SetArgDisplayNames("sarif");
        yield return new TestCaseData(new HtmlReportWriter(), "<span class=\"modality\">hedged</span>").SetArgDisplayNames("html");
    }

    [TestCaseSource(nameof(Writers))]
    public void EachFormatMarksAHedgedQuoteAndSaysWhyItIsGradedLower(IReportWriter writer, string mark)
    {
        var written = Written(writer, Hedged);
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain(mark));
            Assert.That(written, Does.Contain("is only hedged, not stated as fact"));
        });
    }

    [TestCaseSource(nameof(Writers))]
    public void NoFormatMarksAPlainStatement(IReportWriter writer, string mark)
    {
        var written = Written(writer, Plain);
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Not.Contain(mark));
            Assert.That(written, Does.Not.Contain("is only hedged"));
        });
    }

    [TestCase("text", "agree (1 source and a reference fact (label)): ketamine is an NMDA receptor antagonist")]
    [TestCase("markdown", "- 1 source and a reference fact (label) agree: ketamine is an NMDA receptor antagonist")]
    [TestCase("html", "1 source and a reference fact (label) agree: ketamine is an NMDA receptor antagonist")]
    [TestCase("json", "\"sources\": 1,\n      \"facts\": 1,")]
    public void EachFormatThatShowsAgreementCountsSourcesAndFactsApart(string format, string expected)
    {
        IReportWriter writer = format switch
        {
            "text" => new TextReportWriter(),
            "markdown" => new MarkdownReportWriter(),
            "html" => new HtmlReportWriter(),
            _ => new JsonReportWriter(),
        };
        Assert.That(Written(writer, Agreeing), Does.Contain(expected));
    }

    [Test]
    public void AReadBackReportKeepsEachQuotesModality()
    {
        var read = JsonReportReader.Read(Written(new JsonReportWriter(), Hedged));
        Assert.That(read.Findings.SelectMany(f => f.Evidence).Select(e => e.Modality), Is.EqualTo(Hedged.Findings.SelectMany(f => f.Evidence).Select(e => e.Modality)).And.Contains(Modality.May));
    }
}
