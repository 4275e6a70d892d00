using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Contradictions.Text;

/// <summary>
/// Turns an article's bytes into text, or says why they are not text. Reads UTF-8 with or without a byte order mark,
/// and UTF-16 or UTF-32 with one. Bytes that are not valid in their encoding become U+FFFD with a warning that names
/// the first bad byte; a file that looks binary (an image, a PDF, an archive, NUL bytes) is refused.
/// </summary>
internal static class SourceDecoder
{
    /// <summary>How many leading bytes are searched for a NUL byte, the mark of a binary file (as git does).</summary>
    private const int BinaryProbeLength = 8000;

    private static readonly (string Name, byte[] Signature)[] BinarySignatures =
    [
        ("a PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF87a"u8.ToArray()),
        ("a GIF image", "GIF89a"u8.ToArray()),
        ("a PDF document", "%PDF-"u8.ToArray()),
        ("a ZIP archive", [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("a ZIP archive", [(byte)'P', (byte)'K', 0x05, 0x06]),
        ("a gzip archive", [0x1F, 0x8B]),
    ];

    /// <summary>Decodes the bytes; never throws.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Refused("the file is empty (0 bytes)");
        }

        // UTF-32 first: its little-endian mark starts with UTF-16's.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Utf32(bytes[4..], bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Utf32(bytes[4..], bigEndian: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bytes[2..], bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bytes[2..], bigEndian: true);
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Utf8Text(bytes, Encoding.UTF8.Preamble.Length);
        }

        foreach (var (name, signature) in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
            {
                return DecodedText.Refused($"it looks like {name}, not text");
            }
        }

        var nul = bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0);
        return nul >= 0
            ? DecodedText.Refused($"it looks binary, not text (a NUL byte at offset {nul}; UTF-16 needs a byte order mark)")
            : Utf8Text(bytes, 0);
    }

    private static DecodedText Utf8Text(ReadOnlySpan<byte> bytes, int start)
    {
        var body = bytes[start..];
        var text = Encoding.UTF8.GetString(body);
        return Utf8.IsValid(body)
            ? Checked(text, null)
            : Checked(text, Replaced("UTF-8", start + FirstInvalidUtf8(body)));
    }

    /// <summary>The offset of the first byte that does not belong to a valid UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                break;
            }
        }

        return offset;
    }

    private static DecodedText Utf16(ReadOnlySpan<byte> body, bool bigEndian)
    {
        var invalid = -1;
        var i = 0;
        while (i + 1 < body.Length)
        {
            var unit = (char)Read16(body[i..], bigEndian);
            if (char.IsHighSurrogate(unit) && i + 3 < body.Length && char.IsLowSurrogate((char)Read16(body[(i + 2)..], bigEndian)))
            {
                i += 4;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                invalid = i;
                break;
            }

            i += 2;
        }

        if (invalid < 0 && body.Length % 2 == 1)
        {
            invalid = body.Length - 1;
        }

        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var name = bigEndian ? "UTF-16 (big-endian)" : "UTF-16";
        return Checked(encoding.GetString(body), invalid < 0 ? null : Replaced(name, 2 + invalid));
    }

    private static DecodedText Utf32(ReadOnlySpan<byte> body, bool bigEndian)
    {
        var invalid = -1;
        for (var i = 0; i < body.Length && invalid < 0; i += 4)
        {
            if (i + 4 > body.Length)
            {
                invalid = i;
                break;
            }

            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(body[i..]) : BinaryPrimitives.ReadUInt32LittleEndian(body[i..]);
            invalid = Rune.IsValid(value) ? -1 : i;
        }

        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: false);
        var name = bigEndian ? "UTF-32 (big-endian)" : "UTF-32";
        return Checked(encoding.GetString(body), invalid < 0 ? null : Replaced(name, 4 + invalid));
    }

    private static int Read16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    private static string Replaced(string encoding, int offset) =>
        $"not valid {encoding} from byte offset {offset}; read with U+FFFD replacement characters where the bytes are bad";

    /// <summary>Text with nothing but white space (or a lone byte order mark) says nothing: it is refused like an empty file.</summary>
    private static DecodedText Checked(string text, string? warning) =>
        string.IsNullOrWhiteSpace(text)
            ? DecodedText.Refused("the file has no text, only white space")
            : new DecodedText(text, null, warning);
}

/// <summary>What <see cref="SourceDecoder"/> made of some bytes: text, with a warning when some bytes were bad, or why it is not text.</summary>
/// <param name="Text">The text, or <see langword="null"/> when refused.</param>
/// <param name="Refusal">Why the bytes are not read as an article, or <see langword="null"/>.</param>
/// <param name="Warning">What was wrong with bytes that were read anyway, or <see langword="null"/>.</param>
internal sealed record DecodedText(string? Text, string? Refusal, string? Warning)
{
    public static DecodedText Refused(string why) => new(null, why, null);
}
