using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>Tokens <see cref="Start"/> to <see cref="End"/> (exclusive) of a sentence, and what the pack calls them.</summary>
internal readonly record struct LabelledSpan(int Start, int End, IReadOnlyList<Label> Labels)
{
    public bool Has(LabelKind kind) => Labels.Any(l => l.Kind == kind);

    public Label? First(LabelKind kind) => Labels.FirstOrDefault(l => l.Kind == kind);
}

/// <summary>
/// Every phrase of a pack in one trie over base forms, found in a sentence's tokens in one pass, leftmost and
/// longest first, as spaCy's PhraseMatcher does: "heart failure" is read as the condition, not as the
/// word "failure". A phrase word written in capitals ("NIH", "CDC") matches only in capitals.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Node root = new();
    private readonly Tokenizer tokenizer;
    private readonly bool exact;

    /// <param name="tokenizer">Splits phrases as the text is split.</param>
    /// <param name="exact">Match the words as written (lower case), not their base forms: "causing" is a clause
    /// break and "cause" is not.</param>
    public PhraseIndex(Tokenizer tokenizer, bool exact = false)
    {
        this.tokenizer = tokenizer;
        this.exact = exact;
    }

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase with one of its meanings; a phrase may have many.</summary>
    public void Add(string phrase, Label label)
    {
        var tokens = tokenizer.SplitPhrase(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var token in tokens)
        {
            var key = token.IsCapitals ? CapitalsKey(token.Text) : exact ? token.Folded : token.Base;
            node = node.Children.TryGetValue(key, out var next) ? next : node.Children[key] = new Node();
        }

        if (!node.Labels.Contains(label))
        {
            node.Labels.Add(label);
            Count++;
        }
    }

    /// <summary>The phrases in the tokens, leftmost first, each the longest that starts there, none overlapping.</summary>
    public List<LabelledSpan> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<LabelledSpan>();
        var i = 0;
        while (i < tokens.Count)
        {
            var node = root;
            List<(int End, List<Label> Labels)>? ends = null;
            for (var j = i; j < tokens.Count && Step(node, tokens[j]) is { } next; j++)
            {
                node = next;
                if (node.Labels.Count > 0)
                {
                    (ends ??= []).Add((j + 1, node.Labels));
                }
            }

            if (ends is null)
            {
                i++;
                continue;
            }

            // The longest phrase wins. Under a longer trigger a shorter trigger or lexicon phrase still counts, so
            // one frame's phrase ("available as") never hides another's words ("available"); a longer phrase that
            // triggers nothing ("approval process") hides the trigger in it.
            var (end, labels) = ends[^1];
            found.Add(new LabelledSpan(i, end, labels));
            foreach (var (shorterEnd, shorter) in labels.Any(l => l.Kind == LabelKind.Trigger) ? ends.Take(ends.Count - 1).Reverse() : [])
            {
                var triggers = shorter.Where(l => l.Kind is LabelKind.Trigger or LabelKind.Lexicon && !labels.Contains(l)).ToList();
                if (triggers.Count > 0)
                {
                    found.Add(new LabelledSpan(i, shorterEnd, triggers));
                }
            }

            i = end;
        }

        return found;
    }

    private Node? Step(Node node, Token token)
    {
        if (token.IsCapitals && node.Children.TryGetValue(CapitalsKey(token.Text), out var capitals))
        {
            return capitals;
        }

        return node.Children.GetValueOrDefault(exact ? token.Folded : token.Base);
    }

    private static string CapitalsKey(string text) => "\u0001" + text;

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<Label> Labels { get; } = [];
    }
}
