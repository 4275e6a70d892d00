using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Contradictions.Tests.Reporting;

// FsCheck generates the parameters of [FsCheckProperty] methods, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027

/// <summary>What must hold for any set of articles, checked on random ones built from the seeds' sentences.</summary>
public class ReportPropertyTests
{
    private static string Json(Report report)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return writer.ToString();
    }

    [FsCheckProperty(MaxTest = 40, Arbitrary = [typeof(Corpora)])]
    public void ShufflingTheSourcesNeverChangesTheReport(Corpus corpus, int seed)
    {
        var shuffled = corpus.Articles.OrderBy(_ => new Random(seed).Next()).Reverse().ToList();
        Assert.That(Json(Repository.Checker.Check(shuffled)), Is.EqualTo(Json(Repository.Checker.Check(corpus.Articles))));
    }

    [FsCheckProperty(MaxTest = 40, Arbitrary = [typeof(Corpora)])]
    public void AddingAnUnrelatedArticleNeverRemovesAFinding(Corpus corpus, UnrelatedArticle unrelated)
    {
        Assert.That(Repository.Checker.Extract(unrelated.Article), Is.Empty, "the generator gives an article with no claims");
        var before = Repository.Checker.Check(corpus.Articles);
        var after = Repository.Checker.Check([.. corpus.Articles, unrelated.Article]);
        Assert.That(after.Findings.Select(f => (f.Id, f.Message, Evidence: string.Join('|', f.Evidence))), Is.SupersetOf(before.Findings.Select(f => (f.Id, f.Message, Evidence: string.Join('|', f.Evidence)))));
    }

    [FsCheckProperty(MaxTest = 60, Arbitrary = [typeof(Corpora)])]
    public void AJsonReportReadsBackToTheSameReport(Corpus corpus)
    {
        var report = Repository.Checker.Check(corpus.Articles);
        var read = JsonReportReader.Read(Json(report));
        Assert.Multiple(() =>
        {
            Assert.That(Json(read), Is.EqualTo(Json(report)));
            Assert.That(read.Sources, Is.EqualTo(report.Sources));
            Assert.That(read.Notes, Is.EqualTo(report.Notes));
            Assert.That(read.Findings.Select(f => (f.Id, f.Rule, f.Severity, f.Message)), Is.EqualTo(report.Findings.Select(f => (f.Id, f.Rule, f.Severity, f.Message))));
            Assert.That(read.Findings.SelectMany(f => f.Evidence), Is.EqualTo(report.Findings.SelectMany(f => f.Evidence)));
            Assert.That(read.Assertions.Select(a => (a.Id, a.Location, a.Value, a.Date, a.Polarity, a.Modality, a.Quote)), Is.EqualTo(report.Assertions.Select(a => (a.Id, a.Location, a.Value, a.Date, a.Polarity, a.Modality, a.Quote))));
        });
    }

    [Test]
    public void TheSeedReportReadsBackFromJson()
    {
        var json = Json(Repository.SeedReport);
        Assert.That(Json(JsonReportReader.Read(json)), Is.EqualTo(json));
    }

    [Test]
    public void JsonThatIsNotAReportIsAJsonError() =>
        Assert.That(() => JsonReportReader.Read("{\"sources\": 3}"), Throws.InstanceOf<System.Text.Json.JsonException>());
}
