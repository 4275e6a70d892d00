using System.Globalization;
using System.Text;

namespace Contradictions.Files;

/// <summary>
/// Reads a whole file the tool was given (a sidecar, a pack file, a configuration, a baseline) with two guards: it must
/// be a regular file, so that a pipe is never opened (opening one waits for a writer) and a device never read
/// (<c>/dev/zero</c> has no end), and it is read to at most its limit, counted while reading, not taken from the size
/// the file reports (a device reports 0).
/// </summary>
internal static class LimitedFile
{
    /// <summary>The file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The most bytes it may have.</param>
    /// <param name="what">What the file is, for the message: "a sidecar", "a pack file".</param>
    /// <exception cref="LimitedFileException">When it is not a regular file, or longer than <paramref name="limit"/>.</exception>
    /// <exception cref="IOException">When it cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When permissions forbid reading it.</exception>
    public static byte[] ReadAllBytes(string path, long limit, string what)
    {
        var (buffer, length) = Read(path, limit, what);
        return buffer.Length == length ? buffer : buffer[..length];
    }

    /// <summary>
    /// The file's bytes in a buffer of its reported size and one more byte: a file that fills it has grown since its
    /// size was taken, and the rest is read in pieces, still to at most the limit.
    /// </summary>
    private static (byte[] Buffer, int Length) Read(string path, long limit, string what)
    {
        EnsureRegular(path);
        if (new FileInfo(path).Length is var size && size > limit)
        {
            throw TooLarge(size, limit, what);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[size + 1];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (length < buffer.Length)
        {
            return (buffer, length);
        }

        using var rest = Bytes(stream, limit - length, limit, what);
        var whole = new byte[length + rest.Length];
        buffer.CopyTo(whole, 0);
        rest.ToArray().CopyTo(whole, length);
        return (whole, whole.Length);
    }

    /// <summary>The rest of the stream, when it has at most <paramref name="budget"/> bytes.</summary>
    private static MemoryStream Bytes(Stream stream, long budget, long limit, string what)
    {
        var content = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > budget)
            {
                throw TooLarge(null, limit, what);
            }

            content.Write(chunk, 0, read);
        }

        content.Position = 0;
        return content;
    }

    /// <summary>The file's text: UTF-8, or UTF-16 or UTF-32 with a byte order mark, as <see cref="File.ReadAllText(string)"/> reads it.</summary>
    /// <exception cref="LimitedFileException">When it is not a regular file, or longer than <paramref name="limit"/> bytes.</exception>
    /// <exception cref="IOException">When it cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When permissions forbid reading it.</exception>
    public static string ReadAllText(string path, long limit, string what)
    {
        var (buffer, length) = Read(path, limit, what);
        using var reader = new StreamReader(new MemoryStream(buffer, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Throws when the path, after links, is a folder, a pipe, a device or a socket.</summary>
    /// <exception cref="LimitedFileException">When it is not a regular file.</exception>
    public static void EnsureRegular(string path)
    {
        if (FileKind.NotRegular(path) is { } kind)
        {
            throw new LimitedFileException($"it is {kind}, not a regular file; give a file");
        }
    }

    /// <summary>A text stream, read to its end, that gives up past <paramref name="limit"/> bytes.</summary>
    /// <exception cref="LimitedFileException">When the stream has more than <paramref name="limit"/> bytes.</exception>
    public static string ReadToEnd(Stream stream, long limit, string what)
    {
        using var reader = new StreamReader(Bytes(stream, limit, limit, what), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The message for a file over its limit, with the limit exact in bytes.</summary>
    public static string TooLargeMessage(long? size, long limit, string what) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"the file is {(size is { } s ? $"{s:N0} bytes" : "longer than that")}, over the limit of {limit:N0} bytes ({Binary(limit)}) for {what}");

    private static LimitedFileException TooLarge(long? size, long limit, string what) => new(TooLargeMessage(size, limit, what)) { TooLarge = true };

    private static string Binary(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024 / 1024} MiB")
        : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}

/// <summary>A file that is not read: not a regular file, or over its size limit. The message says which, in words.</summary>
internal sealed class LimitedFileException : IOException
{
    public LimitedFileException(string message)
        : base(message)
    {
    }

    /// <summary>True when the file is over its limit; false when it is not a regular file.</summary>
    public bool TooLarge { get; init; }
}
