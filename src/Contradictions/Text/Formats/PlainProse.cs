namespace Contradictions.Text.Formats;

/// <summary>
/// Plain text as extraction reads it: the text itself, less the invisible characters that would split a word
/// for matching (soft hyphens, zero-width spaces and joiners, a byte order mark).
/// </summary>
internal static class PlainProse
{
    public static ReadableText Read(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return new ReadableText(text);
        }

        var builder = new ReadableTextBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsInvisible(text[i]))
            {
                builder.Append(text[i], i);
            }
        }

        return builder.Build();
    }

    /// <summary>True for characters that print nothing and may stand inside a word.</summary>
    public static bool IsInvisible(char c) => Invisible.Contains(c);

    private static readonly System.Buffers.SearchValues<char> Invisible =
        System.Buffers.SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");
}
