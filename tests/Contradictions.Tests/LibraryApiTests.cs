using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text;
using Contradictions.Packs;
using Contradictions.Reporting;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests;

/// <summary>The public entry points: packs from a zip stream, sources from files, folders and streams, cancellation.</summary>
public class LibraryApiTests
{
    private static MemoryStream ZipOf(string folder)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories))
            {
                var entry = archive.CreateEntry(Path.GetRelativePath(folder, file).Replace('\\', '/'));
                using var writer = new StreamWriter(entry.Open());
                writer.Write(File.ReadAllText(file));
            }
        }

        zip.Position = 0;
        return zip;
    }

    [Test]
    public async Task AReportOfNothingSaysSoAndThrowsWhenAsked()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"));
        var nothing = await Repository.Checker.CheckAsync([missing]);
        var seeds = await Repository.Checker.CheckAsync([Repository.Seeds]);

        Assert.Multiple(() =>
        {
            Assert.That(nothing.NothingRead, Is.True);
            Assert.That(() => nothing.ThrowIfNothingRead(), Throws.InvalidOperationException.With.Message.Contain(missing).And.Message.Contain("no such file or folder"));
            Assert.That(seeds.NothingRead, Is.False);
            Assert.That(seeds.ThrowIfNothingRead, Throws.Nothing);
        });
    }

    [Test]
    public void APackFromAZipStreamHasTheSameRulesAsTheFolder()
    {
        using var zip = ZipOf(Repository.Rules);
        var checker = new ContradictionCheckerBuilder().UsePack(zip).Build();
        Assert.That(checker.Pack.RuleIds, Is.EqualTo(Repository.Checker.Pack.RuleIds));
    }

    [Test]
    public void AStreamThatIsNotAZipIsAPackDiagnosticNotACrash()
    {
        using var notZip = new MemoryStream(Encoding.UTF8.GetBytes("name: pack\n"));
        var error = Assert.Throws<RulePackException>(() => new ContradictionCheckerBuilder().UsePack(notZip).Build());
        Assert.That(error!.Diagnostics.Single().Code, Is.EqualTo("CTR001"));
    }

    [Test]
    public async Task CheckAsyncReadsFoldersAndTurnsMissingPathsIntoNotes()
    {
        var report = await Repository.Checker.CheckAsync([Repository.Seeds, "no-such-folder"]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(Repository.SeedReport.Sources.Select(s => s.Id)));
            Assert.That(report.Findings, Is.Not.Empty);
            // Other notes may come from a pattern given up as too slow on a busy machine; the missing folder is always one.
            Assert.That(report.Notes.Select(n => n.Input), Does.Contain("no-such-folder"));
            Assert.That(report.Documents.Select(d => d.Path), Is.All.Not.Null);
        });
    }

    [Test]
    public async Task CheckAsyncLeavesOutAReportOfThisToolInAFolderButReadsOneNamedOnItsOwn()
    {
        var folder = Directory.CreateTempSubdirectory("contradictions-own-report-").FullName;
        try
        {
            var article = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
            File.Copy(article, Path.Combine(folder, Path.GetFileName(article)));
            var report = Path.Combine(folder, "report.txt");
            using (var writer = new StreamWriter(report))
            {
                new TextReportWriter().Write(await Repository.Checker.CheckAsync([article]), writer);
            }

            var listed = await Repository.Checker.CheckAsync([folder]);
            var named = await Repository.Checker.CheckAsync([report]);
            Assert.Multiple(() =>
            {
                Assert.That(listed.Sources.Select(s => s.Id), Is.EqualTo(new[] { Path.GetFileName(article) }));
                Assert.That(listed.Notes.Select(n => (n.Input, n.Kind, n.Message)), Does.Contain((report, InputNoteKind.Warning, "it is a text report of this tool, not an article; not read (name it on its own to read it anyway)")));
                Assert.That(named.Sources.Select(s => s.Id), Is.EqualTo(new[] { "report.txt" }));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    [Platform(Exclude = "Win", Reason = "symbolic links")]
    public async Task CheckAsyncNotesALinkToAFolderOutsideTheFolderGivenAndDoesNotFollowIt()
    {
        var folder = Directory.CreateTempSubdirectory("contradictions-outside-link-").FullName;
        try
        {
            var seeds = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2).ToList();
            Directory.CreateDirectory(Path.Combine(folder, "texts"));
            Directory.CreateDirectory(Path.Combine(folder, "elsewhere"));
            File.Copy(seeds[0], Path.Combine(folder, "texts", "a.txt"));
            File.Copy(seeds[1], Path.Combine(folder, "elsewhere", "b.txt"));
            var link = Path.Combine(folder, "texts", "lnk");
            Directory.CreateSymbolicLink(link, Path.Combine(folder, "elsewhere"));

            var report = await Repository.Checker.CheckAsync([Path.Combine(folder, "texts")]);
            Assert.Multiple(() =>
            {
                Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "a.txt" }));
                Assert.That(report.Notes.Select(n => (n.Input, n.Kind, n.Message)), Does.Contain((link, InputNoteKind.Warning, $"symbolic link to {Path.Combine(folder, "elsewhere")}, a folder outside {Path.Combine(folder, "texts")}; not followed (name that folder itself to read it)")));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void ACancelledCheckStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => Repository.Checker.CheckAsync([Repository.Seeds], cancelled.Token));
    }

    [Test]
    public async Task ASourceFromAStreamReadsLikeOneFromText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFKetamine is an NMDA receptor antagonist.\n"));
        var source = await SourceDocument.FromStreamAsync("stream.txt", stream);
        Assert.Multiple(() =>
        {
            Assert.That(source, Is.EqualTo(SourceDocument.FromText("stream.txt", "Ketamine is an NMDA receptor antagonist.\n")));
            Assert.That(Repository.Checker.Extract(source).Single().Predicate, Is.EqualTo("nmda-action"));
        });
    }

    [Test]
    public void EveryRuleOfThePackIsDescribedForReports()
    {
        var rules = Repository.Checker.Pack.RuleDescriptors;
        Assert.Multiple(() =>
        {
            Assert.That(rules.Select(r => r.Id), Is.EqualTo(Repository.Checker.Pack.RuleIds));
            Assert.That(rules.Select(r => r.Description), Is.All.Not.Empty);
            Assert.That(rules.Single(r => r.Id == "nmda-action").Kind, Is.EqualTo("exclusive-values"));
            Assert.That(Repository.SeedReport.Rules, Is.EqualTo(rules));
        });
    }
}
