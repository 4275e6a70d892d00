using System.Text;
using Contradictions.Text.Formats;

namespace Contradictions.Text;

/// <summary>An article to check: its text, where it came from, and what its sidecar metadata says.</summary>
/// <param name="Id">The source id: the file name, as reports show it.</param>
/// <param name="Path">The path the text was read from, or <see langword="null"/> for text given in memory.</param>
/// <param name="Text">The full text, decoded.</param>
/// <param name="Title">A title from the sidecar metadata, or the first non-empty line.</param>
/// <param name="Publisher">The publisher, when the sidecar metadata names one.</param>
/// <param name="Published">The publication date, when the sidecar metadata gives one.</param>
public sealed record SourceDocument(
    string Id,
    string? Path,
    string Text,
    string Title,
    string? Publisher = null,
    DateOnly? Published = null)
{
    /// <summary>The article's address, when its sidecar metadata gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The sidecar's title, placed in the sidecar, for extraction to read as a claim; null without one.</summary>
    internal Headline? SidecarTitle { get; init; }

    /// <summary>How <see cref="Text"/> is written: plain text (the default), Markdown or HTML.</summary>
    public SourceFormat Format { get; init; }

    /// <summary>
    /// Makes a source from text in memory; its format follows the id's extension (<c>.md</c>, <c>.markdown</c>:
    /// Markdown; <c>.html</c>, <c>.htm</c>: HTML; anything else: plain text). The title is its first line of prose.
    /// </summary>
    /// <param name="id">The id reports show for this source, usually a file name.</param>
    /// <param name="text">The article text.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public static SourceDocument FromText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        return FromText(id, text, FormatOf(id));
    }

    /// <summary>Makes a source from text in memory written in <paramref name="format"/>; the title is its first line of prose.</summary>
    /// <param name="id">The id reports show for this source, usually a file name.</param>
    /// <param name="text">The article text.</param>
    /// <param name="format">How the text is written.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public static SourceDocument FromText(string id, string text, SourceFormat format)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var (title, warning) = ReadProse(text, format, knownTitle: null);
        return new SourceDocument(id, null, text, title) { Format = format, Warnings = warning is null ? [] : [warning] };
    }

    /// <summary>The format a file name's extension implies: Markdown for <c>.md</c>, HTML for <c>.html</c>, plain text otherwise.</summary>
    /// <param name="fileName">A file name or path.</param>
    public static SourceFormat FormatOf(string fileName) =>
        System.IO.Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            _ => SourceFormat.PlainText,
        };

    /// <summary>
    /// Reads a source from a file (UTF-8, or UTF-16 with a byte order mark), with its sidecar metadata
    /// <c>&lt;name&gt;.meta.yaml</c> when one stands beside it. Its format follows the extension, as for
    /// <see cref="FormatOf"/>.
    /// </summary>
    /// <param name="path">The article's path.</param>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="SourceMetadataException">When the sidecar metadata is malformed.</exception>
    public static SourceDocument FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = BufferFor(path);
        var length = 0;
        if (bytes.Length > 0)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        return WithFile(path, FromBytes(System.IO.Path.GetFileName(path), bytes.AsSpan(0, length)));
    }

    /// <summary>
    /// The text <see cref="FromFile"/> reads from <paramref name="path"/>, without its sidecar or title: for a report
    /// that reads a quoted file again.
    /// </summary>
    internal static string TextOfFile(string path)
    {
        var bytes = BufferFor(path);
        var length = 0;
        if (bytes.Length > 0)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        return FromBytes(System.IO.Path.GetFileName(path), bytes.AsSpan(0, length)).Text;
    }

    /// <summary>
    /// A buffer the size of the file. The size comes first, so that a huge file is never read, and a file that reports
    /// no size (a pipe, a device) is never opened: opening a pipe waits for a writer.
    /// </summary>
    private static byte[] BufferFor(string path)
    {
        if (Files.FileKind.NotRegular(path) is { } kind)
        {
            throw new SourceReadException($"it is {kind}, not a regular file; give a file");
        }

        var size = new FileInfo(path).Length;
        return size > MaxFileBytes ? throw TooLarge(size) : new byte[size];
    }

    /// <summary>A source read from a file takes its path, its sidecar metadata and the format its extension names.</summary>
    private static SourceDocument WithFile(string path, SourceDocument read)
    {
        var metadata = SourceMetadata.ReadSidecar(path);
        var format = FormatOf(path);
        var (title, warning) = ReadProse(read.Text, format, metadata?.Title);
        return read with
        {
            Path = path,
            Title = title,
            Publisher = metadata?.Publisher,
            Published = metadata?.Published,
            Url = metadata?.Url,
            SidecarTitle = metadata?.Headline(),
            Format = format,
            Warnings = warning is null ? read.Warnings : [.. read.Warnings, warning],
        };
    }

    private static SourceReadException TooLarge(long? size) =>
        new($"{Files.LimitedFile.TooLargeMessage(size, MaxFileBytes, "one article")}; split it into smaller files");

    /// <summary>The largest article file read, in bytes (4 MiB); a larger file is refused rather than read into memory.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Problems met while reading the source that did not stop it being read, such as bytes that were not valid in
    /// its encoding, or Markdown too deeply nested to parse and read as plain text. A check reports them as notes.
    /// The factory methods (<see cref="FromText(string, string)"/>, <see cref="FromFile"/>...) find them; a source
    /// made with the constructor has only those it is given.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Makes a source from a file's bytes: UTF-8 with or without a byte order mark, or UTF-16 or UTF-32 with one.
    /// Bytes not valid in the encoding become U+FFFD and a warning in <see cref="Warnings"/>.
    /// </summary>
    /// <param name="id">The id reports show for this source, usually a file name.</param>
    /// <param name="bytes">The file's content.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> is null.</exception>
    /// <exception cref="SourceReadException">When the bytes are empty, only white space, or look binary.</exception>
    public static SourceDocument FromBytes(string id, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(id);
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Text is not { } text)
        {
            throw new SourceReadException(decoded.Refusal!);
        }

        return new SourceDocument(id, null, text, FirstLine(text)) { Warnings = decoded.Warning is null ? [] : [decoded.Warning] };
    }

    /// <summary>
    /// Reads a source from a file without blocking, decoded and limited as <see cref="FromFile"/> does, with its sidecar
    /// metadata <c>&lt;name&gt;.meta.yaml</c> when one stands beside it.
    /// </summary>
    /// <param name="path">The article's path.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    /// <exception cref="SourceReadException">When the file is empty, larger than <see cref="MaxFileBytes"/>, or not text.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When permissions forbid reading the file.</exception>
    /// <exception cref="SourceMetadataException">When the sidecar metadata is malformed.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<SourceDocument> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = BufferFor(path);
        var length = 0;
        if (bytes.Length > 0)
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            length = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }

        return WithFile(path, FromBytes(System.IO.Path.GetFileName(path), bytes.AsSpan(0, length)));
    }

    /// <summary>
    /// Reads a source from a stream without blocking, decoded and limited as <see cref="FromBytes"/> and
    /// <see cref="FromFile"/> do; the title is its first non-empty line.
    /// </summary>
    /// <param name="id">The id reports show for this source, usually a file name.</param>
    /// <param name="stream">The article's bytes; read to the end, at most <see cref="MaxFileBytes"/> of them, and left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="SourceReadException">When the stream is empty, longer than <see cref="MaxFileBytes"/>, or not text.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<SourceDocument> FromStreamAsync(string id, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(stream);

        using var content = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (content.Length + read > MaxFileBytes)
            {
                throw new SourceReadException(Files.LimitedFile.TooLargeMessage(null, MaxFileBytes, "one article").Replace("the file is", "the stream is", StringComparison.Ordinal) + "; split it into smaller parts");
            }

            content.Write(chunk, 0, read);
        }

        return FromBytes(id, content.GetBuffer().AsSpan(0, (int)content.Length));
    }

    /// <summary>
    /// The title (<paramref name="knownTitle"/> when the sidecar gives one, else a page's own title, else the first line
    /// of its prose) and what reading its prose lost (Markdown too deeply nested to parse), for <see cref="Warnings"/>.
    /// Markdown prose is read even when the title is known, so that the warning is never missed.
    /// </summary>
    private static (string Title, string? Warning) ReadProse(string text, SourceFormat format, string? knownTitle)
    {
        switch (format)
        {
            case SourceFormat.Markdown:
                var prose = ReadableText.Of(text, format);
                return (knownTitle ?? FirstLine(prose.Text), prose.Warning);
            case SourceFormat.Html:
                return (knownTitle ?? (HtmlProse.Title(text) is { } title ? Shorten(title) : FirstLine(ReadableText.Of(text, format).Text)), null);
            default:
                return (knownTitle ?? FirstLine(text), null);
        }
    }

    /// <summary>A title stays short: an article that starts with a paragraph gets its first words.</summary>
    private static string Shorten(string line)
    {
        const int Longest = 80;
        if (line.Length <= Longest)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', Longest);
        return line[..(cut > 0 ? cut : Longest)].TrimEnd(',', ';', ':') + "\u2026";
    }

    private static string FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return Shorten(trimmed.ToString());
            }
        }

        return string.Empty;
    }
}
