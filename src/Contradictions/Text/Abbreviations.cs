namespace Contradictions.Text;

/// <summary>
/// What the word before a period says about it. After an abbreviation ("Dr.", "e.g.") or an initial ("J. Smith") the
/// sentence goes on. A lone capital is an initial unless the word before it takes a number or a letter as a label
/// ("Schedule V", "Phase I", "Type A"): then the capital is that label, and a period after it can end the sentence.
/// The words come from the pack's language section (<c>abbreviations</c> and <c>label-words</c>), compared without case.
/// </summary>
internal sealed class Abbreviations
{
    private readonly HashSet<string> words;
    private readonly HashSet<string> labelWords;

    public Abbreviations(IEnumerable<string> words, IEnumerable<string> labelWords)
    {
        this.words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        this.labelWords = new HashSet<string>(labelWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No abbreviations and no label words: only initials keep a sentence going.</summary>
    public static Abbreviations None { get; } = new([], []);

    /// <summary>The words after which a period does not end a sentence ("Dr", "e.g").</summary>
    public IReadOnlySet<string> Words => words;

    /// <summary>The words that take a number or a letter after them as a label ("Schedule", "Phase").</summary>
    public IReadOnlySet<string> LabelWords => labelWords;

    /// <summary>
    /// True when a period right after <paramref name="word"/> does not end the sentence: the word is an abbreviation,
    /// or a lone capital that is an initial because <paramref name="previous"/>, the word before it, is no label word.
    /// </summary>
    public bool KeepsSentenceGoing(string word, string previous) =>
        word.Length == 1 && char.IsUpper(word[0])
            ? !labelWords.Contains(previous)
            : words.Contains(word);
}
