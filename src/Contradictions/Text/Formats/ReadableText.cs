namespace Contradictions.Text.Formats;

/// <summary>
/// The prose of a source as extraction reads it, with the offset in the original text of every character, so that
/// a claim read from Markdown or HTML still points at its line and column in the file as written.
/// </summary>
internal sealed class ReadableText
{
    private readonly int[]? origins;
    private readonly int originalLength;

    /// <summary>Text that is its own original: offsets map to themselves.</summary>
    public ReadableText(string text)
    {
        Text = text;
        originalLength = text.Length;
    }

    /// <summary>Text with the original offset of each of its characters.</summary>
    public ReadableText(string text, int[] origins, int originalLength)
    {
        if (origins.Length != text.Length)
        {
            throw new ArgumentException("One origin is needed per character.", nameof(origins));
        }

        Text = text;
        this.origins = origins;
        this.originalLength = originalLength;
    }

    public string Text { get; }

    /// <summary>
    /// What reading the prose lost, such as Markdown too deeply nested to parse and so read as plain text; a source
    /// reports it as a warning. <see langword="null"/> when nothing was lost.
    /// </summary>
    public string? Warning { get; private init; }

    /// <summary>The page's own title (an HTML <c>title</c> element), read apart from the prose; null when it has none.</summary>
    public Headline? Title { get; private init; }

    /// <summary>The same text and offsets, with the page's title.</summary>
    public ReadableText WithTitle(Headline title) =>
        origins is null
            ? new ReadableText(Text) { Warning = Warning, Title = title }
            : new ReadableText(Text, origins, originalLength) { Warning = Warning, Title = title };

    /// <summary>The same text and offsets, with a warning about what reading it lost.</summary>
    public ReadableText WithWarning(string warning) =>
        origins is null
            ? new ReadableText(Text) { Warning = warning, Title = Title }
            : new ReadableText(Text, origins, originalLength) { Warning = warning, Title = Title };

    /// <summary>Where the character at <paramref name="index"/> stands in the original text; the end maps to the end.</summary>
    public int OriginalOffset(int index) =>
        origins is null ? index
        : index < origins.Length ? origins[index]
        : originalLength;

    /// <summary>The original span of the readable characters from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public (int Offset, int Length) OriginalSpan(int start, int end)
    {
        var offset = OriginalOffset(start);
        var last = end > start ? OriginalOffset(end - 1) + 1 : offset;
        return (offset, Math.Max(0, last - offset));
    }

    /// <summary>Reads a source's prose according to its format.</summary>
    public static ReadableText Of(SourceDocument source) => Of(source.Text, source.Format);

    /// <summary>Reads prose from text written in <paramref name="format"/>.</summary>
    public static ReadableText Of(string text, SourceFormat format) => format switch
    {
        SourceFormat.Markdown => MarkdownProse.Read(text),
        SourceFormat.Html => HtmlProse.Read(text),
        _ => PlainProse.Read(text),
    };
}
