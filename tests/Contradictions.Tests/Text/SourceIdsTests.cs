using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

public class SourceIdsTests
{
    [Test]
    public void FilesWithTheirOwnNamesKeepTheirNames() =>
        Assert.That(SourceIds.For(["x/a.txt", "y/b.txt"]), Is.EqualTo(new[] { "a.txt", "b.txt" }));

    [Test]
    public void FilesThatShareANameAreKnownByTheirPathsFromTheCommonFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "crawl");
        var ids = SourceIds.For([Path.Combine(root, "a", "index.html"), Path.Combine(root, "b", "c", "index.html"), Path.Combine(root, "b", "other.txt")]);
        Assert.That(ids, Is.EqualTo(new[] { "a/index.html", "b/c/index.html", "other.txt" }));
    }

    [Test]
    public void TwoSourcesGivenWithOneIdAreBothCheckedAndTheSecondIsRenamedWithANote()
    {
        var text = File.ReadAllText(Repository.SeedFile("000"));
        var report = Repository.Checker.Check([SourceDocument.FromText("index.txt", text), SourceDocument.FromText("index.txt", text)], []);
        Assert.Multiple(() =>
        {
            Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "index.txt", "index.txt~2" }));
            Assert.That(report.Assertions.Select(a => a.Id), Is.Unique);
            Assert.That(report.Notes.Select(n => n.Message), Has.Some.EqualTo("another source has the id index.txt; this one is reported as index.txt~2"));
        });
    }

    [Test]
    public void CheckAssertionsWithARepeatedIdChecksTheFirstAndSaysSo()
    {
        var assertions = Repository.Checker.Extract(SourceDocument.FromText("a.txt", File.ReadAllText(Repository.SeedFile("000"))));
        var line = JsonReportWriter.ToJson(assertions[0]).ToJsonString();
        var report = Repository.Checker.CheckAssertions([.. assertions, AssertionJsonReader.Read(line)], []);
        Assert.Multiple(() =>
        {
            Assert.That(report.Assertions, Has.Count.EqualTo(assertions.Count));
            Assert.That(report.Notes.Select(n => n.Input), Has.Some.EqualTo($"assertion {assertions[0].Id}"));
        });
    }
}
