namespace Contradictions.Text.Tokens;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with digits ("aspirin", "CI", "581").</summary>
    Word,

    /// <summary>Digits only ("1970").</summary>
    Number,

    /// <summary>One punctuation or symbol character ("(", ",", "-").</summary>
    Symbol,
}

/// <summary>
/// One word or symbol of a sentence, read once: where it stands, and the forms of the word it writes (shared by
/// every token that writes the same word).
/// </summary>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Forms">The word as written, folded and in its base form.</param>
internal readonly record struct Token(int Start, int Length, WordForms Forms)
{
    /// <summary>The offset just past its last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters as written (after typographic folding).</summary>
    public string Text => Forms.Text;

    /// <summary>Lower case.</summary>
    public string Folded => Forms.Folded;

    /// <summary>The base form.</summary>
    public string Base => Forms.Base;

    /// <summary>The number of <see cref="Text"/> in the tokenizer's <see cref="WordIds"/>.</summary>
    public int TextId => Forms.TextId;

    /// <summary>The number of <see cref="Folded"/>.</summary>
    public int FoldedId => Forms.FoldedId;

    /// <summary>The number of <see cref="Base"/>.</summary>
    public int BaseId => Forms.BaseId;

    /// <summary>Word, number or symbol.</summary>
    public TokenKind Kind => Forms.Kind;

    /// <summary>True for a word written in capitals ("NIH", "CDC"): a phrase word so written matches only so.</summary>
    public bool IsCapitals => Forms.IsCapitals;
}
