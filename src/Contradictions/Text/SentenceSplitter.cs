using System.Buffers;

namespace Contradictions.Text;

/// <summary>
/// Splits text into sentences: every non-blank line is a block of its own (articles put headings, bullets and
/// paragraphs on separate lines), and a block splits after '.', '!' or '?' when the next word starts a sentence.
/// Closing quotes and brackets, and citation marks right after the period ("used widely.[1][2] Its"), end the
/// sentence with it.
/// </summary>
internal sealed class SentenceSplitter(Abbreviations abbreviations)
{
    /// <summary>A splitter that knows these abbreviations, and no label words.</summary>
    public SentenceSplitter(IReadOnlySet<string> abbreviations)
        : this(new Abbreviations(abbreviations, []))
    {
    }

    /// <summary>
    /// The longest sentence, in characters. Longer runs without a sentence end (a megabyte on one line) are not prose;
    /// they are cut at white space into pieces this long, so that matching time stays proportional to the text.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    /// <summary>The longest citation mark read as one, brackets included: "[12]", "[3, 4]", "[citation needed]".</summary>
    private const int MaxCitationLength = 32;

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var block = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitLine(text, lineStart, lineEnd, block, sentences))
            {
                block++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private bool SplitLine(string text, int start, int end, int block, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        var isBullet = IsBulletStart(text, start, end);
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            // Jump to the next '.', '!' or '?': nothing else can end a sentence.
            var terminator = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (terminator < 0)
            {
                break;
            }

            i += terminator;
            var close = Closers(text, i + 1, end);

            if (close >= end || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (!StartsSentence(text[next]) || (text[i] == '.' && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            Add(text, sentenceStart, close, block, isBullet && sentenceStart == start, sentences);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, block, isBullet && sentenceStart == start, sentences);
        return true;
    }

    /// <summary>Where the closing quotes, brackets and citation marks ("[1]", "[1][2]") right after a terminator end.</summary>
    private static int Closers(string text, int at, int end)
    {
        while (at < end)
        {
            if (text[at] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
            {
                at++;
            }
            else if (text[at] == '[' && CitationEnd(text, at, end) is { } after)
            {
                at = after;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    /// <summary>The end of a short bracketed citation mark starting at <paramref name="open"/>, or null when there is none.</summary>
    private static int? CitationEnd(string text, int open, int end)
    {
        var limit = Math.Min(end, open + MaxCitationLength);
        for (var i = open + 1; i < limit; i++)
        {
            if (text[i] == ']')
            {
                return i > open + 1 ? i + 1 : null;
            }

            if (text[i] == '[')
            {
                return null;
            }
        }

        return null;
    }

    private static void Add(string text, int start, int end, int block, bool isBullet, List<Sentence> sentences)
    {
        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOfAny([' ', '\t'], start + MaxSentenceLength - 1, MaxSentenceLength - 1);
            cut = cut > start ? cut : start + MaxSentenceLength;
            sentences.Add(new Sentence(sentences.Count, start, text[start..cut], block, isBullet));
            isBullet = false;
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, text[start..end], block, isBullet));
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '[' or '\u2022';

    private bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length != 1)
        {
            return abbreviations.KeepsSentenceGoing(word, string.Empty);
        }

        // A lone capital is an initial ("J. H. Krystal"), unless the word before it takes it as a label ("Schedule V").
        var previousEnd = wordStart;
        while (previousEnd > sentenceStart && char.IsWhiteSpace(text[previousEnd - 1]))
        {
            previousEnd--;
        }

        var previousStart = previousEnd;
        while (previousStart > sentenceStart && !char.IsWhiteSpace(text[previousStart - 1]) && text[previousStart - 1] != '(')
        {
            previousStart--;
        }

        return abbreviations.KeepsSentenceGoing(word, text[previousStart..previousEnd]);
    }

    private static bool IsBulletStart(string text, int start, int end)
    {
        var c = text[start];
        if (c is '\u2022' or '*' or '-' or '\u2013' or '\u25AA' or '\u25E6')
        {
            return start + 1 < end && char.IsWhiteSpace(text[start + 1]);
        }

        var i = start;
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        return i > start && i + 1 < end && text[i] is ')' or '.' && char.IsWhiteSpace(text[i + 1]);
    }
}
