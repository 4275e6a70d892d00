using System.Runtime.Versioning;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

/// <summary>The library's own reading of files and folders (<c>CheckAsync</c>, <c>FromFileAsync</c>, <c>FromStreamAsync</c>) is as guarded as the command's.</summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win", Reason = "symbolic links")]
public class SourceFilesTests
{
    private const string Claim = "Ketamine was approved by the FDA in 1970.\n";

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-library-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string At(string name) => Path.Combine(folder, name);

    [Test]
    public async Task CheckAsyncSkipsBadFilesAndLinkLoopsWithNotesAndChecksTheRest()
    {
        File.WriteAllText(At("good.txt"), Claim);
        File.WriteAllBytes(At("photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]);
        using (var huge = File.Create(At("huge.txt")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        Directory.CreateDirectory(At("sub"));
        Directory.CreateSymbolicLink(At("sub/up"), folder);
        var report = await Repository.Checker.CheckAsync([folder]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "good.txt" }));
            Assert.That(report.Notes.Select(n => (Path.GetFileName(n.Input), n.Message[..20])), Is.EquivalentTo(new[]
            {
                ("huge.txt", "the file is 209,715,"),
                ("photo.txt", "it looks like a PNG "),
                ("up", "symbolic link loop: "),
            }));
        });
    }

    [Test]
    public async Task FromFileAsyncDecodesAsFromFileDoes()
    {
        File.WriteAllBytes(At("bad.md"), [.. "# Ketamine\n\nKetamine was approved by the FDA in 1970. "u8, 0xFF]);
        var sync = SourceDocument.FromFile(At("bad.md"));
        var async = await SourceDocument.FromFileAsync(At("bad.md"));
        Assert.That((async.Text, async.Title, async.Format, async.Warnings.Single()), Is.EqualTo((sync.Text, sync.Title, sync.Format, sync.Warnings.Single())));
    }

    [Test]
    public void FromStreamAsyncRefusesAStreamOverTheLimitWithoutHoldingIt()
    {
        using var endless = new RepeatingStream();
        Assert.That(async () => await SourceDocument.FromStreamAsync("endless.txt", endless), Throws.TypeOf<SourceReadException>());
        Assert.That(endless.Served, Is.LessThanOrEqualTo(SourceDocument.MaxFileBytes + (128 * 1024)));
    }

    /// <summary>A stream that never ends.</summary>
    private sealed class RepeatingStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
