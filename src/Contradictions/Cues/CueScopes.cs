using Contradictions.Frames;
using Contradictions.Text.Tokens;

namespace Contradictions.Cues;

/// <summary>The cues whose scope covers one token of a sentence.</summary>
internal sealed record CueHit(Cue Cue, string Words);

/// <summary>Which tokens of a sentence each kind of cue covers.</summary>
internal sealed class CueReading
{
    private readonly Dictionary<int, List<CueHit>> byToken;

    public CueReading(Dictionary<int, List<CueHit>> byToken) => this.byToken = byToken;

    public static CueReading Empty { get; } = new([]);

    /// <summary>The cues of a kind that cover any of the tokens.</summary>
    public IReadOnlyList<CueHit> Covering(CueKind kind, IEnumerable<int> tokens) =>
        tokens.SelectMany(t => byToken.GetValueOrDefault(t) ?? []).Where(h => h.Cue.Kind == kind).Distinct().ToList();
}

/// <summary>
/// Finds the language's cues in a sentence and the tokens each one reaches, after NegEx and ConText: a cue covers
/// the tokens in its direction up to its reach, and stops at a clause break or terminator; a pseudo-negation
/// ("not only") is a longer phrase that hides the negation it contains.
/// </summary>
internal sealed class CueScopes
{
    private readonly PhraseIndex index;
    private readonly IReadOnlyList<Cue> cues;

    public CueScopes(IReadOnlyList<Cue> cues, IReadOnlyList<string> terminators, Tokenizer tokenizer)
    {
        this.cues = cues;
        index = new PhraseIndex(tokenizer, exact: true);
        for (var i = 0; i < cues.Count; i++)
        {
            index.Add(cues[i].Phrase, new Label(LabelKind.Lexicon, cues[i].Phrase, Index: i));
        }

        foreach (var word in terminators)
        {
            index.Add(word, new Label(LabelKind.ClauseBreak, word));
        }
    }

    /// <summary>
    /// The cue scopes of a sentence whose tokens carry clause numbers. Reach counts words as
    /// <paramref name="wordsBefore"/> does (a name of several words is one), so "not on the Example Health
    /// Organization's list" reaches "list".
    /// </summary>
    public CueReading Read(IReadOnlyList<Token> tokens, IReadOnlyList<int> clauses, string sentence, IReadOnlyList<int> wordsBefore)
    {
        var spans = index.Find(tokens);
        if (spans.Count == 0)
        {
            return CueReading.Empty;
        }

        var stops = new HashSet<int>();
        foreach (var span in spans.Where(s => s.Has(LabelKind.ClauseBreak)))
        {
            for (var t = span.Start; t < span.End; t++)
            {
                stops.Add(t);
            }
        }

        var byToken = new Dictionary<int, List<CueHit>>();
        foreach (var span in spans)
        {
            if (span.First(LabelKind.Lexicon) is not { } label)
            {
                continue;
            }

            var cue = cues[label.Index];
            if (cue.Kind == CueKind.PseudoNegation)
            {
                continue;
            }

            var hit = new CueHit(cue, sentence[tokens[span.Start].Start..tokens[span.End - 1].End]);
            if (cue.Direction is CueDirection.Forward or CueDirection.Both)
            {
                Cover(byToken, hit, span.End, +1, cue.Reach, tokens.Count, clauses[span.Start], clauses, stops, wordsBefore);
            }

            if (cue.Direction is CueDirection.Backward or CueDirection.Both)
            {
                Cover(byToken, hit, span.Start - 1, -1, cue.Reach, tokens.Count, clauses[span.Start], clauses, stops, wordsBefore);
            }
        }

        return new CueReading(byToken);
    }

    private static void Cover(Dictionary<int, List<CueHit>> byToken, CueHit hit, int from, int step, int reach, int count, int clause, IReadOnlyList<int> clauses, HashSet<int> stops, IReadOnlyList<int> wordsBefore)
    {
        for (var t = from; t >= 0 && t < count && Math.Abs(wordsBefore[t] - wordsBefore[from]) < reach; t += step)
        {
            if (clauses[t] != clause || stops.Contains(t))
            {
                return;
            }

            (byToken.TryGetValue(t, out var list) ? list : byToken[t] = []).Add(hit);
        }
    }
}
