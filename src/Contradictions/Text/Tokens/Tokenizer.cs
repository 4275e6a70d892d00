using System.Buffers;
using System.Runtime.InteropServices;

namespace Contradictions.Text.Tokens;

/// <summary>
/// Splits a sentence into tokens once: runs of letters and digits are words (a run of digits alone a number),
/// every other visible character is a symbol of its own. "n't" and "'s" are split off their word, as treebanks do,
/// so that "doesn't" reads "does" + "n't". Pack phrases are split the same way, so they match what the text says.
/// </summary>
internal sealed class Tokenizer(BaseForms baseForms)
{
    private readonly KnownWords words = new(baseForms);

    /// <summary>The numbers of the word forms of the tokens this tokenizer makes.</summary>
    public WordIds Ids => words.Ids;

    /// <summary>The tokens of <paramref name="text"/> (already typographically folded), with offsets into it.</summary>
    public List<Token> Split(string text)
    {
        // Tokens are made into a pooled buffer (a sentence has at most one per character) and copied into a list of
        // their exact number: a sentence's tokens are kept while its source is read, and a guess would waste a third.
        // The buffer is not cleared when it goes back: it holds only word forms, which the known words keep anyway.
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length);
        try
        {
            var count = Split(text, buffer);
            var tokens = new List<Token>(count);
            CollectionsMarshal.SetCount(tokens, count);
            buffer.AsSpan(0, count).CopyTo(CollectionsMarshal.AsSpan(tokens));
            return tokens;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/>, which has room for one per character; their number.</summary>
    private int Split(string text, Token[] tokens)
    {
        var recent = words.Recent();
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                // An apostrophe that starts "'s" after a word is split with its letter, as "n't" is below.
                if (c == '\'' && i + 1 < text.Length && (text[i + 1] is 's' or 'S') && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
                {
                    tokens[count++] = Make(text, recent, i, 2);
                    i += 2;
                    continue;
                }

                tokens[count++] = Make(text, recent, i, 1);
                i++;
                continue;
            }

            var start = i;
            // Words are short: a plain loop, past letters, digits and inner apostrophes, beats a vectorized search.
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
            {
                i++;
            }

            var length = i - start;
            // "doesn't" → "does" + "n't"; "can't" → "ca" + "n't" is what treebanks write, and "ca" is listed nowhere,
            // so the cue "n't" still reads.
            if (length > 3 && text[start + length - 2] == '\'' && (text[start + length - 3] is 'n' or 'N') && (text[start + length - 1] is 't' or 'T'))
            {
                tokens[count++] = Make(text, recent, start, length - 3);
                tokens[count++] = Make(text, recent, start + length - 3, 3);
            }
            else if (length > 2 && text[start + length - 2] == '\'' && (text[start + length - 1] is 's' or 'S'))
            {
                tokens[count++] = Make(text, recent, start, length - 2);
                tokens[count++] = Make(text, recent, start + length - 2, 2);
            }
            else
            {
                tokens[count++] = Make(text, recent, start, length);
            }
        }

        return count;
    }

    /// <summary>The folded forms of a phrase's tokens ("CDC-approved" → cdc, -, approved).</summary>
    public List<Token> SplitPhrase(string phrase) => Split(MatchText.Fold(phrase));

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] == '\'' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    /// <summary>Soft hyphens and zero-width characters are not part of any word.</summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private Token Make(string text, KnownWords.RecentWord[] recent, int start, int length) => new(start, length, words.Of(text.AsSpan(start, length), recent));
}
