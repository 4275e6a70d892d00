using System.Text;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

public class SourceDecoderTests
{
    private const string Claim = "Ketamine was approved by the FDA in 1970.\n";

    private static string? Refusal(byte[] bytes) => SourceDecoder.Decode(bytes).Refusal;

    [Test]
    public void PlainUtf8IsReadWithoutAWarning()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("Ketamine \u2014 \u201Cit\u201D.\n"));
        Assert.That((decoded.Text, decoded.Warning), Is.EqualTo(("Ketamine \u2014 \u201Cit\u201D.\n", (string?)null)));
    }

    [Test]
    public void TheUtf8ByteOrderMarkIsNotPartOfTheText() =>
        Assert.That(SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Claim)]).Text, Is.EqualTo(Claim));

    [TestCase(false)]
    [TestCase(true)]
    public void Utf16WithAByteOrderMarkReadsTheSameTextAsUtf8(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Claim)]);
        Assert.That((decoded.Text, decoded.Warning), Is.EqualTo((Claim, (string?)null)));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf32WithAByteOrderMarkIsNotMistakenForUtf16(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        Assert.That(SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Claim)]).Text, Is.EqualTo(Claim));
    }

    [Test]
    public void InvalidUtf8IsReplacedAndTheWarningNamesTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("Ketamine \u00E9 ok ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(Claim)).ToArray();
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Text, Does.StartWith("Ketamine \u00E9 ok \uFFFD(\uFFFD").And.EndWith(Claim));
            Assert.That(decoded.Warning, Does.StartWith("not valid UTF-8 from byte offset 15;"));
        });
    }

    [Test]
    public void AUtf8SequenceCutShortAtTheEndIsInvalidToo() =>
        Assert.That(SourceDecoder.Decode([.. Encoding.UTF8.GetBytes(Claim), 0xE2, 0x80]).Warning, Does.Contain("byte offset 42"));

    [Test]
    public void ALoneSurrogateInUtf16IsReplacedWithAWarning()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Ketamine "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("is.")];
        var decoded = SourceDecoder.Decode(bytes);
        Assert.That((decoded.Text, decoded.Warning), Is.EqualTo(("Ketamine \uFFFDis.", "not valid UTF-16 from byte offset 20; read with U+FFFD replacement characters where the bytes are bad")));
    }

    [Test]
    public void AnEmptyFileIsRefused() =>
        Assert.That(Refusal([]), Is.EqualTo("the file is empty (0 bytes)"));

    [Test]
    public void AFileOfWhiteSpaceOrOnlyAByteOrderMarkIsRefused() =>
        Assert.That(new[] { Refusal(" \n\t\r\n"u8.ToArray()), Refusal([0xEF, 0xBB, 0xBF]) }, Has.All.EqualTo("the file has no text, only white space"));

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41 }, "a PNG image")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x41 }, "a JPEG image")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x41 }, "a GIF image")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "a PDF document")]
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x41 }, "a ZIP archive")]
    [TestCase(new byte[] { 0x1F, 0x8B, 0x08, 0x41 }, "a gzip archive")]
    public void KnownBinaryFormatsAreRefusedByName(byte[] start, string name) =>
        Assert.That(Refusal([.. start, .. Encoding.ASCII.GetBytes(" Ketamine was approved in 1970.")]), Is.EqualTo($"it looks like {name}, not text"));

    [Test]
    public void ANulByteNearTheStartMeansBinary() =>
        Assert.That(Refusal([.. Encoding.ASCII.GetBytes("Ketamine"), 0x00, 0x01]), Does.StartWith("it looks binary, not text (a NUL byte at offset 8;"));
}
