using System.Diagnostics;
using System.Runtime.Versioning;
using Contradictions.Cli;
using Contradictions.Reporting;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>Hostile inputs: each gives a note naming the path, what is wrong and what was done, and the others are read.</summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win", Reason = "symbolic links, pipes and Unix permissions")]
public class InputsTests
{
    private const string Claim = "Ketamine was approved by the FDA in 1970.\n";

    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "contradictions-inputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), Claim);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string At(string name) => Path.Combine(folder, name);

    private (List<string> Read, List<InputNote> Notes) Read(params string[] paths)
    {
        var (sources, notes) = Inputs.Read(paths.Length == 0 ? [folder] : paths);
        return (sources.Select(s => Path.GetRelativePath(folder, s.Path!)).ToList(), notes);
    }

    private void AssertSkipped(string name, string message)
    {
        var (read, notes) = Read();
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(new[] { "good.txt" }));
            Assert.That(notes, Is.EqualTo(new[] { new InputNote(At(name), message) }));
        });
    }

    [Test]
    public void AnEmptyFileIsSkipped()
    {
        File.WriteAllText(At("empty.txt"), string.Empty);
        AssertSkipped("empty.txt", "the file is empty (0 bytes)");
    }

    [TestCase("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a PNG image")]
    [TestCase("label.md", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "a PDF document")]
    [TestCase("archive.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "a ZIP archive")]
    public void ABinaryFileIsSkipped(string name, byte[] bytes, string kind)
    {
        File.WriteAllBytes(At(name), bytes);
        AssertSkipped(name, $"it looks like {kind}, not text");
    }

    [Test]
    public void InvalidUtf8IsReadWithAWarningThatReachesTheReport()
    {
        File.WriteAllBytes(At("bad.txt"), [.. "Ketamine is an NMDA receptor antagonist. "u8, 0xC0, 0xAF, (byte)'\n']);
        var (sources, notes) = Inputs.Read([folder]);
        var report = Repository.Checker.Check(sources, notes);
        Assert.Multiple(() =>
        {
            Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "bad.txt", "good.txt" }));
            Assert.That(report.Assertions.Select(a => a.SourceId), Does.Contain("bad.txt"));
            Assert.That(report.Notes.Select(n => (n.Input, n.Kind)), Is.EqualTo(new[] { (At("bad.txt"), InputNoteKind.Warning) }));
            Assert.That(report.Notes[0].Message, Does.StartWith("not valid UTF-8 from byte offset 41;"));
        });
    }

    [Test]
    public void Utf16WithAByteOrderMarkIsRead()
    {
        File.WriteAllText(At("wide.txt"), Claim, new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true));
        var (sources, notes) = Inputs.Read([folder]);
        Assert.That((sources.Select(s => s.Text).Distinct().Single(), notes.Count), Is.EqualTo((Claim, 0)));
    }

    [Test]
    public void AFileOverTheSizeLimitIsSkipped()
    {
        using (var huge = File.Create(At("huge.txt")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        AssertSkipped("huge.txt", "the file is 209,715,200 bytes, over the limit of 4,194,304 bytes (4 MiB) for one article; split it into smaller files");
    }

    [Test]
    public void AMegabyteOnOneLineIsReadInBoundedTimeAndItsLastClaimIsFound()
    {
        // Minified data on one line, then a claim: no sentence ends for a megabyte.
        var junk = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"{{\"id\":{i},\"tags\":[\"a\",\"b\"]}},"))[..(1024 * 1024)];
        File.WriteAllText(At("line.txt"), junk + ". " + Claim.TrimEnd());
        var clock = Stopwatch.StartNew();
        var (sources, notes) = Inputs.Read([At("line.txt")]);
        var report = Repository.Checker.Check(sources, notes);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            Assert.That(report.Notes, Is.Empty);
            Assert.That(report.Assertions.Select(a => (a.Predicate, a.Location.Line, a.Location.Column)), Is.EqualTo(new[] { ("approval", 1, (1024 * 1024) + 3) }));
        });
    }

    [Test]
    public void TenThousandFilesInOneFolderAreAllRead()
    {
        var many = Directory.CreateDirectory(At("many")).FullName;
        for (var i = 0; i < 10_000; i++)
        {
            var text = i % 1000 != 0 ? $"Notes from the clinic, day {i}.\n"
                : i % 2000 == 0 ? "Ketamine is an NMDA receptor antagonist.\n"
                : "Ketamine is an NMDA receptor agonist.\n";
            File.WriteAllText(Path.Combine(many, $"{i:D5}.txt"), text);
        }

        var clock = Stopwatch.StartNew();
        var (sources, notes) = Inputs.Read([many]);
        var report = Repository.Checker.Check(sources, notes);
        TestContext.Out.WriteLine($"10,000 files read and checked in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Multiple(() =>
        {
            Assert.That((report.Sources.Count, report.Assertions.Count, notes.Count), Is.EqualTo((10_000, 10, 0)));
            Assert.That(report.Findings.Single().Evidence.Select(e => e.Source), Does.Contain("09000.txt").And.Contain("00000.txt"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        });
    }

    [Test]
    public void DeeplyNestedFoldersAreReadToTheBottom()
    {
        var deep = folder;
        for (var i = 0; i < 200; i++)
        {
            deep = Path.Combine(deep, "nested");
        }

        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "bottom.txt"), Claim);
        var (read, notes) = Read();
        Assert.That((read.Count, read.Count(r => r.EndsWith("bottom.txt", StringComparison.Ordinal)), notes.Count), Is.EqualTo((2, 1, 0)));
    }

    [Test]
    public void ALinkToItselfIsALoopAndIsSkipped()
    {
        File.CreateSymbolicLink(At("loop.txt"), At("loop.txt"));
        AssertSkipped("loop.txt", "symbolic link loop: the link leads back to itself; fix or remove the link");
    }

    [Test]
    public void AFolderLinkBackUpTheTreeIsNotFollowedForever()
    {
        Directory.CreateDirectory(At("sub"));
        File.WriteAllText(At("sub/inner.txt"), Claim);
        Directory.CreateSymbolicLink(At("sub/up"), folder);
        var (read, notes) = Read();
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(new[] { "good.txt", Path.Combine("sub", "inner.txt") }));
            Assert.That(notes.Single().Input, Is.EqualTo(At("sub/up")));
            Assert.That(notes.Single().Message, Does.StartWith("symbolic link loop: it leads back to "));
        });
    }

    [Test]
    public void AFolderReachedTwiceThroughLinksIsReadOnceWithAWarning()
    {
        Directory.CreateDirectory(At("real"));
        File.WriteAllText(At("real/a.txt"), Claim);
        Directory.CreateSymbolicLink(At("alias"), At("real"));
        var (read, notes) = Read();
        Assert.Multiple(() =>
        {
            Assert.That(read, Has.Count.EqualTo(2));
            Assert.That(notes.Single().Kind, Is.EqualTo(InputNoteKind.Warning));
            Assert.That(notes.Single().Message, Does.StartWith("symbolic link to a folder already read"));
        });
    }

    [Test]
    public void ABrokenLinkIsSkipped()
    {
        File.CreateSymbolicLink(At("gone.txt"), At("nowhere.txt"));
        AssertSkipped("gone.txt", $"symbolic link to {At("nowhere.txt")}, which does not exist; fix or remove the link");
    }

    [Test]
    public void AFileThatCannotBeReadIsSkipped()
    {
        File.WriteAllText(At("secret.txt"), Claim);
        File.SetUnixFileMode(At("secret.txt"), UnixFileMode.None);
        var (read, notes) = Unprivileged.Run(() => Read());
        File.SetUnixFileMode(At("secret.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(new[] { "good.txt" }));
            Assert.That(notes, Is.EqualTo(new[] { new InputNote(At("secret.txt"), "cannot be read: permission denied; check the file's permissions") }));
        });
    }

    [Test]
    public void AFolderThatCannotBeListedIsSkipped()
    {
        Directory.CreateDirectory(At("locked"));
        File.WriteAllText(At("locked/a.txt"), Claim);
        File.SetUnixFileMode(At("locked"), UnixFileMode.None);
        var (read, notes) = Unprivileged.Run(() => Read());
        File.SetUnixFileMode(At("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.That((read.Single(), notes.Single()), Is.EqualTo(("good.txt", new InputNote(At("locked"), "the folder cannot be listed: permission denied; check the file's permissions"))));
    }

    [Test]
    public void APathThatDoesNotExistIsSkipped()
    {
        var (read, notes) = Read(At("good.txt"), At("missing.txt"));
        Assert.That((read.Single(), notes.Single()), Is.EqualTo(("good.txt", new InputNote(At("missing.txt"), "no such file or folder; check the path"))));
    }
}
