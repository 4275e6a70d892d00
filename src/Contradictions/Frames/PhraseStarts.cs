using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>
/// The first words of the phrases of several <see cref="PhraseIndex"/>es: one look per token tells where a phrase of
/// any of them may start, so that each index tries only those tokens and a sentence with none is passed over.
/// </summary>
internal sealed class PhraseStarts
{
    // Marks by the numbers of the words (see WordIds), so that each token costs three array reads; a number past
    // the end is no first word.
    private bool[] baseForms = [];
    private bool[] folded = [];
    private bool[] capitals = [];

    /// <summary>The first words of these indexes.</summary>
    public PhraseStarts(IEnumerable<PhraseIndex> indexes)
    {
        foreach (var index in indexes)
        {
            index.AddFirstWords(this);
        }
    }

    /// <summary>Adds the number of a first word, a folded form for an exact index, else a base form.</summary>
    public void Add(int word, bool exact) => Mark(ref exact ? ref folded : ref baseForms, word);

    /// <summary>Adds the number of a first word written in capitals, which matches only so.</summary>
    public void AddCapitals(int word) => Mark(ref capitals, word);

    /// <summary>The tokens, in order, where a phrase of one of the indexes may start.</summary>
    public List<int> In(List<Token> tokens)
    {
        var starts = new List<int>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if ((token.IsCapitals && Has(capitals, token.TextId)) || Has(baseForms, token.BaseId) || Has(folded, token.FoldedId))
            {
                starts.Add(t);
            }
        }

        return starts;
    }

    private static bool Has(bool[] marks, int word) => (uint)word < (uint)marks.Length && marks[word];

    private static void Mark(ref bool[] marks, int word)
    {
        if (word >= marks.Length)
        {
            Array.Resize(ref marks, Math.Max(word + 1, marks.Length * 2));
        }

        marks[word] = true;
    }
}
