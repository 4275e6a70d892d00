namespace Contradictions.Frames;

/// <summary>
/// Where in a sentence the date pattern may start a match, so that it is tried only there rather than at every
/// character: after a character that is not part of a word, at a digit or at a word that one of the pattern's start
/// words begins with ("the", "early", "March", "between", "two", ...). Every place the pattern can match is among
/// these, so trying it there finds what a scan finds. Built once per pack; thread-safe.
/// </summary>
internal sealed class DateStarts
{
    /// <summary>The first runs of letters and digits of the start words, in any case.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    private DateStarts(HashSet<string> words) => this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The places where dates starting with these words or a digit may start, or null when a start word does not
    /// begin with an ASCII letter or digit or holds another character outside ASCII (the pattern then runs as a scan).
    /// </summary>
    public static DateStarts? For(IEnumerable<string> startWords)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in startWords)
        {
            var run = Run(word, 0);
            if (run == 0 || !System.Text.Ascii.IsValid(word))
            {
                return null;
            }

            words.Add(word[..run]);
        }

        return new DateStarts(words);
    }

    /// <summary>The first place at or after <paramref name="from"/> where a date may start, or -1.</summary>
    public int Next(string text, int from) => Next(text, from, text.Length);

    /// <summary>True when a date may start at <paramref name="at"/>.</summary>
    public bool IsStart(string text, int at) => Next(text, at, Math.Min(at + 1, text.Length)) == at;

    /// <summary>The first place from <paramref name="from"/> and before <paramref name="limit"/> where a date may start, or -1.</summary>
    private int Next(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            // The pattern starts after no word character nor hyphen; a character outside ASCII may be a letter, so it
            // does not rule a start out.
            if (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '-'))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || (c > '\x7F'))
            {
                return i;
            }

            if (!char.IsAsciiLetter(c))
            {
                continue;
            }

            // A letter outside ASCII in the word may match one of a start word's letters when case is ignored
            // (the Kelvin sign is a k), so such a word may start a date too.
            var end = i + Run(text, i);
            if ((end < text.Length && text[end] > '\x7F') || words.Contains(text.AsSpan(i, end - i)))
            {
                return i;
            }

            i = end - 1;
        }

        return -1;
    }

    /// <summary>How many ASCII letters and digits follow <paramref name="start"/>.</summary>
    private static int Run(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }
}
