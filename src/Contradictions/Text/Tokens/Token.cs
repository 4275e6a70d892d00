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
/// One word or symbol of a sentence, read once: where it stands, the word as written, its folded form (lower case,
/// typographic variants made plain) and its base form, which joins inflections and derivations
/// ("approved", "approval" → "approv").
/// </summary>
/// <param name="Start">Offset of its first character in the sentence.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Text">The characters as written (after typographic folding).</param>
/// <param name="Folded">Lower case.</param>
/// <param name="Base">The base form.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="IsCapitals">True for a word written in capitals ("NIH", "CDC"): a phrase word so written matches only so.</param>
internal readonly record struct Token(int Start, int Length, string Text, string Folded, string Base, TokenKind Kind, bool IsCapitals)
{
    /// <summary>The offset just past its last character.</summary>
    public int End => Start + Length;
}
