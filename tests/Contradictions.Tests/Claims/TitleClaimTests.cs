using Contradictions.Claims;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

/// <summary>
/// A page's title is a claim many readers see: an HTML <c>title</c> and a sidecar's <c>title</c> are read as claims of
/// their source, placed where they are written, and a headline the text already says is read once. Pages written here.
/// </summary>
public class TitleClaimTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-titles-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private static List<Assertion> Read(SourceDocument source) => Repository.Checker.Extract(source).ToList();

    private SourceDocument Article(string name, string text, string? sidecar)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        if (sidecar is not null)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".meta.yaml"), sidecar);
        }

        return SourceDocument.FromFile(path);
    }

    [Test]
    public void AnHtmlTitleIsAClaimAtTheTitleElementsLineAndColumn()
    {
        const string Page = "<!doctype html>\n<html>\n<head>\n  <title>FDA Approves Esketamine Spray | Example News</title>\n</head>\n<body><main><p>Doctors have used ketamine for decades.</p></main></body>\n</html>\n";
        var approval = Read(SourceDocument.FromText("page.html", Page)).Single(a => a.Predicate == "approval");
        Assert.That(
            (approval.Subject, approval.QualifierValue("authority"), approval.Location.Line, approval.Location.Column, approval.File, approval.Quote),
            Is.EqualTo(("esketamine", "fda", 4, 10, (string?)null, "FDA Approves Esketamine Spray | Example News")));
    }

    [Test]
    public void AnHtmlTitleThatTheFirstHeadingSaysIsReadOnceFromTheHeading()
    {
        const string Page = "<html><head><title>FDA Approves Esketamine Spray - Example News</title></head>\n<body><main><h1>FDA Approves Esketamine Spray</h1><p>Doctors have used ketamine for decades.</p></main></body></html>";
        var approvals = Read(SourceDocument.FromText("page.html", Page)).Where(a => a.Predicate == "approval").ToList();
        Assert.That(approvals.Select(a => (a.Location.Line, a.Location.Column, a.Quote)), Is.EqualTo(new[] { (2, 17, "FDA Approves Esketamine Spray") }));
    }

    [Test]
    public void ASidecarTitleIsAClaimOfTheArticlePlacedInTheSidecar()
    {
        var source = Article("notes.txt", "Notes from the clinic\n\nDoctors have used ketamine for decades.\n", "# about notes.txt\ntitle: \"FDA Approves Ketamine Nasal Spray for Depression\"\n");
        var approval = Read(source).Single(a => a.Predicate == "approval");
        Assert.That(
            (approval.SourceId, approval.File, approval.Location.Line, approval.Location.Column, approval.QualifierValue("indication"), approval.Quote),
            Is.EqualTo(("notes.txt", (string?)"notes.meta.yaml", 2, 9, "depression", "FDA Approves Ketamine Nasal Spray for Depression")));
    }

    [TestCase("title: FDA Approves\n  Ketamine Nasal Spray\npublished: 2019-03-06\n")]
    [TestCase("title: \"FDA Approves\n  Ketamine Nasal Spray\"\n")]
    [TestCase("title: >\n  FDA Approves\n  Ketamine Nasal Spray\n")]
    [TestCase("title: 'FDA''s Approves\n    Ketamine Nasal Spray'\n")]
    public void ASidecarTitleFoldedOverLinesPointsAtEachWordWhereItIsWritten(string sidecar)
    {
        var source = Article("folded.txt", "Notes from the clinic\n\nDoctors have used ketamine for decades.\n", sidecar);
        var approval = Read(source).Single(a => a.Predicate == "approval");
        var lines = sidecar.Split('\n');
        var end = approval.Location.Offset + approval.Location.Length;
        Assert.Multiple(() =>
        {
            Assert.That(approval.File, Is.EqualTo("folded.meta.yaml"));
            Assert.That(lines[approval.Location.Line - 1][(approval.Location.Column - 1)..], Does.StartWith("FDA"));
            Assert.That(sidecar[..end], Does.EndWith("Ketamine"), "the claim ends at its last word on the second line");
        });
    }

    [Test]
    public void ASidecarTitleThatIsTheFirstLineOfTheTextIsReadOnceFromTheText()
    {
        var source = Article("notes.txt", "FDA Approves Ketamine Nasal Spray for Depression\n\nDoctors have used ketamine for decades.\n", "title: FDA Approves Ketamine Nasal Spray for Depression\n");
        var approvals = Read(source).Where(a => a.Predicate == "approval").ToList();
        Assert.That(approvals.Select(a => (a.File, a.Location.Line, a.Location.Column)), Is.EqualTo(new[] { ((string?)null, 1, 1) }));
    }

    [Test]
    public void ASidecarTitleThatIsThePagesTitleIsReadOnceFromThePage()
    {
        var source = Article("page.html", "<html><head><title>Ketamine Is a Schedule I Drug</title></head><body><p>Doctors have used ketamine for decades.</p></body></html>", "title: Ketamine Is a Schedule I Drug\n");
        var schedules = Read(source).Where(a => a.Predicate == "scheduling").ToList();
        Assert.That(schedules.Select(a => (a.File, a.Location.Line, a.Location.Column)), Is.EqualTo(new[] { ((string?)null, 1, 20) }));
    }

    [Test]
    public void AFindingOnASidecarTitlePointsAtTheSidecarAndCountsTheArticleOnce()
    {
        var source = Article("notes.txt", "Notes from the clinic\n\nDoctors have used ketamine for decades.\n", "title: Ketamine Is a Schedule I Drug\n");
        var report = Repository.Checker.Check(source);
        var evidence = report.Findings.Single(f => f.Rule == "scheduling-class").Evidence.Single(e => !e.Reference);
        var text = new StringWriter();
        new TextReportWriter().Write(report, text);
        Assert.That((evidence.Source, evidence.Place, evidence.Line, evidence.Column), Is.EqualTo(("notes.txt", "notes.meta.yaml", 1, 8)));
        Assert.That(text.ToString(), Does.Contain("notes.meta.yaml:1:8: \"Ketamine Is a Schedule I Drug\""));
    }

    [Test]
    public void SarifPointsAFindingOnASidecarTitleAtTheSidecarsPath()
    {
        var source = Article("notes.txt", "Notes from the clinic\n\nDoctors have used ketamine for decades.\n", "title: Ketamine Is a Schedule I Drug\n");
        var sarif = new StringWriter();
        new Contradictions.Reporting.Sarif.SarifReportWriter(folder).Write(Repository.Checker.Check(source), sarif);
        Assert.That(sarif.ToString(), Does.Contain("\"uri\": \"notes.meta.yaml\"").And.Not.Contain("\"uri\": \"notes.txt\""));
    }

    [Test]
    public void ABlankSidecarTitleIsNoClaimAndNoError()
    {
        var source = Article("notes.txt", "Doctors have used ketamine for decades.\n", "title: \"   \"\n");
        Assert.That(Read(source).Select(a => (a.File, a.Predicate)), Is.EqualTo(new[] { ((string?)null, "in-use-since") }));
    }

    [TestCase("FDA Approves Ketamine", "FDA approves  ketamine.", true)]
    [TestCase("FDA Approves Ketamine | Example News", "FDA Approves Ketamine", true)]
    [TestCase("FDA Approves Ketamine", "FDA Approves Ketamine \u2014 a timeline", true)]
    [TestCase("FDA Approves Ketamine", "FDA Approves Ketamine Nasal Spray", false)]
    [TestCase("FDA Approves Ketamine", "Why the FDA Approves Ketamine", false)]
    public void TheSameHeadlineIsTheSameWordsOrTheSameFollowedByASeparator(string title, string line, bool same) =>
        Assert.That(Headline.Same(title, line), Is.EqualTo(same));
}
