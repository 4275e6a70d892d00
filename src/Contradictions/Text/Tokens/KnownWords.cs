using System.Collections.Concurrent;

namespace Contradictions.Text.Tokens;

/// <summary>
/// The forms of the words read so far, looked up by the characters as written, so that a word seen before costs a
/// lookup and no new strings: most words of an article are words of the articles before it. Thread-safe; bounded, so
/// that a crawl of odd words (numbers, codes, misspellings) cannot make it grow without end.
/// </summary>
internal sealed class KnownWords
{
    /// <summary>The most words kept: many times the vocabulary of health articles, a few megabytes.</summary>
    public const int Capacity = 100_000;

    private readonly BaseForms baseForms;
    private readonly ConcurrentDictionary<string, WordForms> byText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private int count;

    public KnownWords(BaseForms baseForms)
    {
        this.baseForms = baseForms;
        bySpan = byText.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The numbers of the forms: every form of a kept word has one, and so does every phrase word.</summary>
    public WordIds Ids { get; } = new();

    /// <summary>The forms of <paramref name="word"/>, read now if it is new.</summary>
    public WordForms Of(ReadOnlySpan<char> word) => Of(word, Recent());

    /// <summary>This thread's table of recent words, to pass to <see cref="Of(ReadOnlySpan{char}, RecentWord[])"/>: read once per sentence, not per word.</summary>
    public RecentWord[] Recent() => RecentWords.For(this);

    /// <summary>The forms of <paramref name="word"/>, read now if it is new; <paramref name="recent"/> is this thread's <see cref="Recent"/>.</summary>
    public WordForms Of(ReadOnlySpan<char> word, RecentWord[] recent)
    {
        // Most words of a text were seen moments before: a small table of this thread's recent words answers them
        // without the shared dictionary's hashing and locking reads.
        ref var seen = ref recent[RecentWords.Slot(word)];
        if (seen.Text is { } text && word.SequenceEqual(text))
        {
            return seen.Forms;
        }

        if (bySpan.TryGetValue(word, out var known))
        {
            seen = new RecentWord(known.Text, known);
            return known;
        }

        // A word past the capacity is not kept, and its forms are not numbered either, so that the numbers stay
        // bounded too; those it has are all a phrase can match.
        if (Volatile.Read(ref count) >= Capacity)
        {
            return WordForms.Read(word.ToString(), baseForms, Ids, numberNew: false);
        }

        var forms = WordForms.Read(word.ToString(), baseForms, Ids, numberNew: true);
        if (byText.TryAdd(forms.Text, forms))
        {
            Interlocked.Increment(ref count);
        }

        return forms;
    }

    /// <summary>
    /// A word read recently and its forms: the characters are kept beside the forms, so that telling a word seen
    /// moments before reads the table and the characters, not the forms first.
    /// </summary>
    public readonly record struct RecentWord(string? Text, WordForms Forms);

    /// <summary>
    /// This thread's recently read words, one per slot of a table indexed by a cheap hash of the characters, for the
    /// known words of one pack (a thread that reads with another pack's starts a new table).
    /// </summary>
    private static class RecentWords
    {
        /// <summary>Enough that most words of a vocabulary of articles have a slot of their own: a few hundred kilobytes a thread.</summary>
        private const int Slots = 16384;

        [ThreadStatic]
        private static RecentWord[]? table;

        [ThreadStatic]
        private static KnownWords? owner;

        public static RecentWord[] For(KnownWords words)
        {
            if (table is null || !ReferenceEquals(owner, words))
            {
                (table, owner) = (new RecentWord[Slots], words);
            }

            return table;
        }

        public static int Slot(ReadOnlySpan<char> word)
        {
            var hash = (uint)word.Length;
            foreach (var c in word)
            {
                hash = (hash * 31) + c;
            }

            return (int)((hash ^ (hash >> 15)) & (Slots - 1));
        }
    }
}
