using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>
/// The first words of the phrases of several <see cref="PhraseIndex"/>es: one look per token tells where a phrase of
/// any of them may start, so that each index tries only those tokens and a sentence with none is passed over.
/// </summary>
internal sealed class PhraseStarts
{
    // The numbers of the words (see WordIds), so that each token costs integer lookups.
    private readonly HashSet<int> baseForms = [];
    private readonly HashSet<int> folded = [];
    private readonly HashSet<int> capitals = [];

    /// <summary>The first words of these indexes.</summary>
    public PhraseStarts(IEnumerable<PhraseIndex> indexes)
    {
        foreach (var index in indexes)
        {
            index.AddFirstWords(this);
        }
    }

    /// <summary>Adds the number of a first word, a folded form for an exact index, else a base form.</summary>
    public void Add(int word, bool exact) => (exact ? folded : baseForms).Add(word);

    /// <summary>Adds the number of a first word written in capitals, which matches only so.</summary>
    public void AddCapitals(int word) => capitals.Add(word);

    /// <summary>The tokens, in order, where a phrase of one of the indexes may start.</summary>
    public List<int> In(IReadOnlyList<Token> tokens)
    {
        var starts = new List<int>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if ((token.IsCapitals && capitals.Contains(token.TextId)) || baseForms.Contains(token.BaseId) || folded.Contains(token.FoldedId))
            {
                starts.Add(t);
            }
        }

        return starts;
    }
}
