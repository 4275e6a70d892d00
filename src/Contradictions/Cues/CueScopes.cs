using Contradictions.Frames;
using Contradictions.Text.Tokens;

namespace Contradictions.Cues;

/// <summary>The cues whose scope covers one token of a sentence.</summary>
internal sealed record CueHit(Cue Cue, string Words)
{
    /// <summary>The tokens of the cue's own words, first and past the last.</summary>
    public (int Start, int End) Tokens { get; init; }
}

/// <summary>One cue's scope: the tokens <paramref name="First"/> to <paramref name="Last"/> (inclusive) that it covers.</summary>
internal readonly record struct CueScope(CueHit Hit, int First, int Last)
{
    public bool Covers(int token) => First <= token && token <= Last;
}

/// <summary>Which tokens of a sentence each kind of cue covers.</summary>
internal sealed class CueReading
{
    private readonly List<CueScope> scopes;

    /// <param name="scopes">The scopes in the order the cues were read.</param>
    public CueReading(List<CueScope> scopes) => this.scopes = scopes;

    public static CueReading Empty { get; } = new([]);

    /// <summary>The cues of a kind that cover any of the tokens: token by token, each cue once, in the order read.</summary>
    public IReadOnlyList<CueHit> Covering(CueKind kind, List<int> tokens)
    {
        if (scopes.Count == 0)
        {
            return [];
        }

        List<CueHit>? found = null; // Made at the first hit: most tokens are covered by no cue of most kinds.
        foreach (var t in tokens)
        {
            foreach (var scope in scopes)
            {
                if (scope.Hit.Cue.Kind == kind && scope.Covers(t) && found?.Contains(scope.Hit) != true)
                {
                    (found ??= []).Add(scope.Hit);
                }
            }
        }

        return found ?? [];
    }
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

    /// <summary>The cues and terminators, so that a reader can find where any of them may start along with other phrases, in one pass (<see cref="PhraseStarts"/>).</summary>
    public PhraseIndex Phrases => index;

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
    public CueReading Read(List<Token> tokens, int[] clauses, string sentence, int[] wordsBefore) =>
        Read(tokens, clauses, sentence, wordsBefore, null);

    /// <summary>
    /// As <see cref="Read(List{Token}, int[], string, int[])"/>, trying only the tokens in
    /// <paramref name="starts"/>, which must hold every token that a cue or terminator starts with (see <see cref="Phrases"/>).
    /// </summary>
    public CueReading Read(List<Token> tokens, int[] clauses, string sentence, int[] wordsBefore, List<int>? starts)
    {
        var spans = index.Find(tokens, starts);
        if (spans.Count == 0)
        {
            return CueReading.Empty;
        }

        var stops = new bool[tokens.Count];
        foreach (var span in spans)
        {
            if (!span.Has(LabelKind.ClauseBreak))
            {
                continue;
            }

            for (var t = span.Start; t < span.End; t++)
            {
                stops[t] = true;
            }
        }

        var scopes = new List<CueScope>();
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

            var hit = new CueHit(cue, sentence[tokens[span.Start].Start..tokens[span.End - 1].End]) { Tokens = (span.Start, span.End) };
            if (cue.Direction is CueDirection.Forward or CueDirection.Both)
            {
                Cover(scopes, hit, span.End, +1, cue.Reach, tokens.Count, clauses[span.Start], clauses, stops, wordsBefore);
            }

            if (cue.Direction is CueDirection.Backward or CueDirection.Both)
            {
                Cover(scopes, hit, span.Start - 1, -1, cue.Reach, tokens.Count, clauses[span.Start], clauses, stops, wordsBefore);
            }
        }

        return new CueReading(scopes);
    }

    /// <summary>Adds the scope that runs from token <paramref name="from"/> by <paramref name="step"/>, if it covers any token.</summary>
    private static void Cover(List<CueScope> scopes, CueHit hit, int from, int step, int reach, int count, int clause, int[] clauses, bool[] stops, int[] wordsBefore)
    {
        var t = from;
        while (t >= 0 && t < count && Math.Abs(wordsBefore[t] - wordsBefore[from]) < reach && clauses[t] == clause && !stops[t])
        {
            t += step;
        }

        // The scope runs from 'from' up to the token before 't', in the direction of 'step'.
        var last = t - step;
        if (last != from - step)
        {
            scopes.Add(new CueScope(hit, Math.Min(from, last), Math.Max(from, last)));
        }
    }
}
