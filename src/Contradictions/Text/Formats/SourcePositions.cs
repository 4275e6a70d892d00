namespace Contradictions.Text.Formats;

/// <summary>Turns a place in the readable prose into line, column, offset and length in the file as written.</summary>
internal sealed class SourcePositions(ReadableText readable, LineIndex lines)
{
    /// <summary>Locates <paramref name="length"/> characters at <paramref name="offset"/> past the start of a sentence at <paramref name="sentenceOffset"/>.</summary>
    public SourceLocation Locate(int sentenceOffset, int offset, int length)
    {
        var start = sentenceOffset + offset;
        var (original, originalLength) = readable.OriginalSpan(start, start + length);
        return lines.Locate(original, originalLength);
    }
}
