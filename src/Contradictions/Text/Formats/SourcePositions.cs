namespace Contradictions.Text.Formats;

/// <summary>
/// Turns a place in the readable prose into line, column, offset and length in the file as written. Titles read as
/// claims stand before the prose, each a line of its own, and point into the file they were read from.
/// </summary>
internal sealed class SourcePositions(ReadableText readable, LineIndex lines, IReadOnlyList<Headline> titles)
{
    private readonly int prefix = titles.Sum(t => t.Words.Text.Length + 1);

    public SourcePositions(ReadableText readable, LineIndex lines)
        : this(readable, lines, [])
    {
    }

    /// <summary>Locates <paramref name="length"/> characters at <paramref name="offset"/> past the start of a sentence at <paramref name="sentenceOffset"/>.</summary>
    public SourceLocation Locate(int sentenceOffset, int offset, int length)
    {
        var start = sentenceOffset + offset;
        if (start < prefix)
        {
            var (title, at) = TitleAt(start);
            var (inTitle, titleLength) = title.Words.OriginalSpan(at, Math.Min(at + length, title.Words.Text.Length));
            return (title.Lines ?? lines).Locate(inTitle, titleLength);
        }

        var (original, originalLength) = readable.OriginalSpan(start - prefix, start - prefix + length);
        return lines.Locate(original, originalLength);
    }

    /// <summary>The file the words at <paramref name="offset"/> stand in, when it is not the source's own text (a sidecar title).</summary>
    public string? FileAt(int offset) => offset < prefix ? TitleAt(offset).Title.File : null;

    private (Headline Title, int At) TitleAt(int offset)
    {
        foreach (var title in titles)
        {
            if (offset <= title.Words.Text.Length)
            {
                return (title, Math.Min(offset, Math.Max(0, title.Words.Text.Length - 1)));
            }

            offset -= title.Words.Text.Length + 1;
        }

        return (titles[^1], 0);
    }
}
