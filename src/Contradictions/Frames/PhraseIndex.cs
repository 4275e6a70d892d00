using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>
/// Tokens <see cref="Start"/> to <see cref="End"/> (exclusive) of a sentence, and what the pack calls them. The labels
/// are a list, not a read-only interface, so that reading them is no interface call: they are read for every span of
/// every sentence. They are the phrase index's own and never changed.
/// </summary>
internal readonly record struct LabelledSpan(int Start, int End, List<Label> Labels)
{
    public bool Has(LabelKind kind) => First(kind) is not null;

    public Label? First(LabelKind kind)
    {
        // A loop, not LINQ: this runs for every span of every sentence.
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i].Kind == kind)
            {
                return Labels[i];
            }
        }

        return null;
    }
}

/// <summary>
/// Every phrase of a pack in one trie over base forms, found in a sentence's tokens in one pass, leftmost and
/// longest first, as spaCy's PhraseMatcher does: "heart failure" is read as the condition, not as the
/// word "failure". A phrase word written in capitals ("NIH", "CDC") matches only in capitals. The trie is keyed by the
/// tokenizer's numbers for the words (<see cref="WordIds"/>), so that each step hashes an integer, not a string.
/// </summary>
internal sealed class PhraseIndex
{
    /// <summary>What <see cref="Find(List{Token}, List{int})"/> gives when it finds nothing: shared, so never changed.</summary>
    private static readonly List<LabelledSpan> NoSpans = [];

    private readonly Node root = new();
    private readonly Tokenizer tokenizer;
    private readonly bool exact;

    // The root's children again, in arrays indexed by word number: nearly every step is the first one, tried at each
    // token, and an array read is cheaper than a hash lookup. A number past the end is no phrase's first word.
    private Node?[] firstWords = [];
    private Node?[] firstCapitals = [];

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
            var children = token.IsCapitals ? node.Capitals : node.Children;
            var key = tokenizer.Ids.Of(token.IsCapitals ? token.Text : exact ? token.Folded : token.Base);
            var parent = node;
            node = children.TryGetValue(key, out var next) ? next : children[key] = new Node();
            if (parent == root)
            {
                ref var first = ref token.IsCapitals ? ref firstCapitals : ref firstWords;
                if (key >= first.Length)
                {
                    Array.Resize(ref first, Math.Max(key + 1, first.Length * 2));
                }

                first[key] = node;
            }
        }

        if (node.Add(label))
        {
            Count++;
        }
    }

    /// <summary>
    /// The phrases in the tokens, leftmost first, each the longest that starts there, none overlapping. Lists, not
    /// read-only interfaces, so that reading a token is no interface call: this runs over every token of every sentence.
    /// Its items may be changed, but nothing may be added: an empty list is one shared list.
    /// </summary>
    public List<LabelledSpan> Find(List<Token> tokens) => Find(tokens, null);

    /// <summary>
    /// As <see cref="Find(List{Token})"/>, trying only the tokens in <paramref name="starts"/> (in order),
    /// which must hold every token that a phrase of this index starts with (see <see cref="PhraseStarts"/>).
    /// </summary>
    public List<LabelledSpan> Find(List<Token> tokens, List<int>? starts)
    {
        List<LabelledSpan>? found = null; // Made at the first phrase: most indexes find none in most sentences.
        var free = 0; // The first token after the phrases found so far.
        var count = starts?.Count ?? tokens.Count;
        for (var k = 0; k < count; k++)
        {
            var i = starts?[k] ?? k;
            // Most tokens start no phrase, and the first step tells.
            if (i < free || First(tokens[i]) is null || Longest(tokens, i) is not (var end, { } longest))
            {
                continue;
            }

            found ??= [];
            found.Add(new LabelledSpan(i, end, longest.Labels));
            if (longest.HasTrigger)
            {
                AddShorterTriggers(tokens, i, end, longest.Labels, found);
            }

            free = end;
        }

        return found ?? NoSpans;
    }

    /// <summary>Adds the words this index's phrases start with to <paramref name="starts"/>.</summary>
    public void AddFirstWords(PhraseStarts starts)
    {
        foreach (var word in root.Children.Keys)
        {
            starts.Add(word, exact);
        }

        foreach (var word in root.Capitals.Keys)
        {
            starts.AddCapitals(word);
        }
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>: its end and node, or a null node.</summary>
    private (int End, Node? Node) Longest(List<Token> tokens, int start)
    {
        var node = root;
        (int End, Node? Node) longest = (start, null);
        for (var j = start; j < tokens.Count && Step(node, tokens[j]) is { } next; j++)
        {
            node = next;
            if (node.IsPhrase)
            {
                longest = (j + 1, node);
            }
        }

        return longest;
    }

    /// <summary>
    /// Under a longer trigger a shorter trigger or lexicon phrase still counts, so one frame's phrase ("available as")
    /// never hides another's words ("available"); a longer phrase that triggers nothing ("approval process") hides the
    /// trigger in it. The shorter phrases are added longest first.
    /// </summary>
    private void AddShorterTriggers(List<Token> tokens, int start, int end, List<Label> labels, List<LabelledSpan> found)
    {
        List<(int End, List<Label> Labels)>? shorter = null; // Made only when there are some: most phrases hold none.
        var node = root;
        for (var j = start; j < end - 1 && Step(node, tokens[j]) is { } next; j++)
        {
            node = next;
            if (node.IsPhrase)
            {
                (shorter ??= []).Add((j + 1, node.Labels));
            }
        }

        for (var k = (shorter?.Count ?? 0) - 1; k >= 0; k--)
        {
            var triggers = shorter![k].Labels.Where(l => l.Kind is LabelKind.Trigger or LabelKind.Lexicon && !labels.Contains(l)).ToList();
            if (triggers.Count > 0)
            {
                found.Add(new LabelledSpan(start, shorter[k].End, triggers));
            }
        }
    }

    private Node? Step(Node node, Token token)
    {
        if (node == root)
        {
            return First(token);
        }

        if (token.IsCapitals && node.NextInCapitals(token.TextId) is { } capitals)
        {
            return capitals;
        }

        return node.Next(exact ? token.FoldedId : token.BaseId);
    }

    /// <summary>As <see cref="Step"/> from the root, read from the arrays.</summary>
    private Node? First(Token token)
    {
        if (token.IsCapitals && (uint)token.TextId < (uint)firstCapitals.Length && firstCapitals[token.TextId] is { } capitals)
        {
            return capitals;
        }

        var word = exact ? token.FoldedId : token.BaseId;
        return (uint)word < (uint)firstWords.Length ? firstWords[word] : null;
    }

    /// <summary>
    /// One word of a phrase. A node without children has no dictionaries, and whether it ends a phrase or a trigger
    /// is a flag: most steps of a search end at such a node, and read nothing else of it.
    /// </summary>
    private sealed class Node
    {
        private Dictionary<int, Node>? children;
        private Dictionary<int, Node>? capitals;

        /// <summary>Children by the number of a word's base form, or of its folded form in an exact index.</summary>
        public Dictionary<int, Node> Children => children ??= [];

        /// <summary>Children by the number of a word written in capitals, which matches only so.</summary>
        public Dictionary<int, Node> Capitals => capitals ??= [];

        public List<Label> Labels { get; } = [];

        /// <summary>True when a phrase ends here: it has labels.</summary>
        public bool IsPhrase { get; private set; }

        /// <summary>True when one of its labels is a trigger.</summary>
        public bool HasTrigger { get; private set; }

        /// <summary>Adds a label; false when it was there.</summary>
        public bool Add(Label label)
        {
            if (Labels.Contains(label))
            {
                return false;
            }

            Labels.Add(label);
            IsPhrase = true;
            HasTrigger |= label.Kind == LabelKind.Trigger;
            return true;
        }

        /// <summary>The child for the number of a word's base or folded form, or null.</summary>
        public Node? Next(int word) => children is not null && children.TryGetValue(word, out var next) ? next : null;

        /// <summary>The child for the number of a word written in capitals, or null.</summary>
        public Node? NextInCapitals(int word) => capitals is not null && capitals.TryGetValue(word, out var next) ? next : null;
    }
}
