using System.Diagnostics;
using System.Text;
using Contradictions.Reporting;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

public class SourceDocumentTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-sources-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void AFileOverTheLimitIsRefusedWithoutBeingRead()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var file = File.Create(path))
        {
            // Sparse: 200 MB long, next to nothing on disk.
            file.SetLength(200L * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<SourceReadException>(() => SourceDocument.FromFile(path))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("the file is 209,715,200 bytes, over the limit of 4,194,304 bytes (4 MiB) for one article; split it into smaller files"));
            Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocated, Is.LessThan(1024 * 1024));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public void AFileAtTheLimitIsRead()
    {
        var path = Path.Combine(folder, "large.txt");
        var claim = "Ketamine was approved by the FDA in 1970.\n"u8.ToArray();
        File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)' ', (int)SourceDocument.MaxFileBytes - claim.Length), .. claim]);
        Assert.That(SourceDocument.FromFile(path).Text, Does.EndWith("in 1970.\n"));
    }

    [Test]
    public void APipeIsNotOpenedSoTheRunDoesNotWaitForAWriter()
    {
        var path = Path.Combine(folder, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var read = Task.Run(() => Assert.Throws<SourceReadException>(() => SourceDocument.FromFile(path)));
        Assert.That(read.Wait(TimeSpan.FromSeconds(10)), Is.True, "reading a pipe did not return");
    }

    [Test]
    public void DecodingWarningsBecomeNotesInTheReportAndTheClaimsAreStillRead()
    {
        var path = Path.Combine(folder, "bad.txt");
        File.WriteAllBytes(path, [.. "Ketamine was approved by the FDA in 1970. "u8, 0xFF, (byte)'\n']);
        var report = Repository.Checker.Check([SourceDocument.FromFile(path)], []);
        Assert.Multiple(() =>
        {
            Assert.That(report.Notes, Is.EqualTo(new[] { new InputNote(path, "not valid UTF-8 from byte offset 42; read with U+FFFD replacement characters where the bytes are bad", InputNoteKind.Warning) }));
            Assert.That(report.Assertions.Select(a => a.Predicate), Is.EqualTo(new[] { "approval" }));
        });
    }

    [Test]
    public void AUtf16FileGivesTheSameAssertionsAsItsUtf8Original()
    {
        var original = Repository.SeedFile("003");
        var copy = Path.Combine(folder, Path.GetFileName(original));
        File.WriteAllText(copy, File.ReadAllText(original), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        Assert.That(
            Repository.Checker.Extract(SourceDocument.FromFile(copy)),
            Is.EqualTo(Repository.Checker.Extract(SourceDocument.FromFile(original))).Using<Contradictions.Claims.Assertion>((a, b) => a.Id == b.Id && a.Location == b.Location && a.Quote == b.Quote));
    }

    [Test]
    public void TextFromBytesGivesAReadableErrorForBinary() =>
        Assert.That(() => SourceDocument.FromBytes("a.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 ...")), Throws.TypeOf<SourceReadException>().With.Message.EqualTo("it looks like a PDF document, not text"));
}
