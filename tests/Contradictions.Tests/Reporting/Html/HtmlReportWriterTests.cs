using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting.Html;

/// <summary>The HTML report as a parser reads it: self-contained, escaped, and with each quote highlighted in context.</summary>
public class HtmlReportWriterTests
{
    /// <summary>An article whose claim sits in a sentence full of markup that must stay text.</summary>
    internal const string HostileArticle =
        "Ketamine is an NMDA receptor agonist <script>window.pwned = 1; document.title = 'pwned'</script> "
        + "<img src=x onerror=\"window.pwned = 2\"> and nothing else.\n";

    internal static string Render(Report report)
    {
        using var writer = new StringWriter();
        new HtmlReportWriter().Write(report, writer);
        return writer.ToString();
    }

    internal static Report HostileReport() => Repository.Checker.Check(
        SourceDocument.FromText("hostile <b>.txt", HostileArticle),
        SourceDocument.FromText("plain.txt", "Ketamine is an NMDA receptor antagonist.\n"));

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Test]
    public void ThePageNeedsNothingBesideIt()
    {
        var document = Parse(Render(Repository.SeedReport));
        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("[src], link, iframe, object, embed, img"), Is.Empty);
            Assert.That(document.Scripts, Has.Length.EqualTo(1));
            Assert.That(document.QuerySelectorAll("style"), Has.Length.EqualTo(1));
            Assert.That(document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Is.All.Match("^https?://"), "only reference addresses are links");
        });
    }

    [Test]
    public void EachConflictSaysWhoIsRightWhatEachSideClaimsAndWhereTheArticleIsAndTheSourcesAreRanked()
    {
        var article = SourceDocument.FromText("leaflet.txt", "Ketamine is considered a Schedule III controlled substance by the FDA.\n") with { Title = "Our leaflet", Url = "https://example.org/leaflet" };
        var document = Parse(Render(Repository.Checker.Check(article)));
        var card = document.QuerySelector("article.finding")!;
        Assert.Multiple(() =>
        {
            Assert.That(card.QuerySelector(".verdict")?.TextContent, Does.Contain("placed there by the DEA").And.Contain("reference dea-schedule").And.Contain("www.govinfo.gov"));
            Assert.That(card.QuerySelectorAll(".side.supported .supported-mark"), Has.Length.EqualTo(1));
            Assert.That(card.QuerySelectorAll(".side h5 .claim").Select(h => h.TextContent), Has.Some.Contains("placed there by the FDA").And.Some.Contains("placed there by the DEA"));
            Assert.That(card.QuerySelector(".side:not(.supported) blockquote strong")?.TextContent, Is.EqualTo("Ketamine is considered a Schedule III controlled substance by the FDA"));
            Assert.That(card.QuerySelector(".side:not(.supported) figcaption")?.TextContent, Does.Contain("leaflet.txt Our leaflet https://example.org/leaflet"));
            Assert.That(document.QuerySelectorAll("#reliability tbody tr"), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void TheContentSecurityPolicyAdmitsExactlyThePagesOwnScriptAndStyle()
    {
        var document = Parse(Render(Repository.SeedReport));
        var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        static string Hash(string text) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";
        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.StartWith("default-src 'none';"));
            Assert.That(policy, Does.Contain("script-src " + Hash(document.Scripts[0].TextContent) + ";"));
            Assert.That(policy, Does.Contain("style-src " + Hash(document.QuerySelector("style")!.TextContent) + ";"));
            Assert.That(policy, Does.Not.Contain("unsafe"));
        });
    }

    [Test]
    public void MarkupInAnArticleStaysText()
    {
        var html = Render(HostileReport());
        var document = Parse(html);
        var quote = document.QuerySelectorAll("blockquote").Select(b => b.TextContent).Single(t => t.Contains("onerror", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(document.Scripts, Has.Length.EqualTo(1));
            Assert.That(document.QuerySelectorAll("img, b"), Is.Empty);
            Assert.That(document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))), Is.Empty);
            Assert.That(quote, Does.Contain("<script>window.pwned = 1;").And.Contain("onerror=\"window.pwned = 2\""));
            Assert.That(document.QuerySelector("option[value='0']")!.TextContent, Is.EqualTo("hostile <b>.txt"));
        });
    }

    [Test]
    public void EachQuoteIsItsSentenceHighlightedInItsParagraphWithTheClaimInBold()
    {
        var document = Parse(Render(Repository.SeedReport));
        var assertions = Repository.SeedReport.Assertions.ToDictionary(a => a.Id);
        var texts = Repository.SeedDocuments().ToDictionary(d => d.Id, d => d.Text);
        Assert.Multiple(() =>
        {
            foreach (var finding in Repository.SeedReport.Findings)
            {
                var marks = document.GetElementById(finding.Id)!.QuerySelectorAll("figure.quote:not(.reference) mark").ToList();
                var quoted = finding.Evidence.Where(e => !e.Reference).ToList();
                Assert.That(marks, Has.Count.EqualTo(quoted.Count), finding.Id);
                foreach (var (mark, e) in marks.Zip(quoted))
                {
                    var location = assertions[e.Assertion].Location;
                    Assert.That(mark.TextContent, Is.EqualTo(e.Quote));
                    Assert.That(mark.QuerySelector("strong")!.TextContent, Does.Contain(texts[e.Source].Substring(location.Offset, location.Length)), "the matched words, and the qualifiers' beside them");
                }
            }
        });
    }

    [Test]
    public void TheSummaryCountsAndFiltersMatchTheReport()
    {
        var document = Parse(Render(Repository.SeedReport));
        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelector("#conflict-count")!.TextContent, Is.EqualTo(Repository.SeedReport.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(document.QuerySelector(".summary")!.TextContent, Is.EqualTo("5 sources read, 73 assertions, 10 conflicts (7 errors, 2 warnings and 1 info), 20 corroborations."));
            Assert.That(document.QuerySelectorAll("article.finding"), Has.Length.EqualTo(Repository.SeedReport.Findings.Count));
            Assert.That(document.QuerySelectorAll("#source-filter option").Skip(1).Select(o => o.TextContent), Is.EqualTo(Repository.SeedReport.Sources.Select(s => s.Id)));
            Assert.That(document.QuerySelectorAll("input[name='severity']").Select(i => i.GetAttribute("value")), Is.EqualTo(new[] { "error", "warning", "info" }));
        });
    }
}
