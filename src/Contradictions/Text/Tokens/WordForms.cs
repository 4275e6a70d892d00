namespace Contradictions.Text.Tokens;

/// <summary>
/// The forms of one word as written: the characters, the folded form (lower case), and the base form, which joins
/// inflections and derivations ("approved", "approval" → "approv"). Read once per distinct word and shared.
/// </summary>
/// <param name="Text">The characters as written (after typographic folding).</param>
/// <param name="Folded">Lower case.</param>
/// <param name="Base">The base form; for numbers and symbols, the folded form.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="IsCapitals">True for a word written in capitals ("NIH", "CDC").</param>
internal sealed record WordForms(string Text, string Folded, string Base, TokenKind Kind, bool IsCapitals)
{
    /// <summary>The number of <see cref="Text"/>, or <see cref="WordIds.None"/>.</summary>
    public int TextId { get; private init; }

    /// <summary>The number of <see cref="Folded"/>, or <see cref="WordIds.None"/>.</summary>
    public int FoldedId { get; private init; }

    /// <summary>The number of <see cref="Base"/>, or <see cref="WordIds.None"/>.</summary>
    public int BaseId { get; private init; }

    /// <summary>
    /// Reads the forms of one word or symbol and their numbers: new numbers when <paramref name="numberNew"/>, else
    /// only those the forms already have.
    /// </summary>
    public static WordForms Read(string word, BaseForms baseForms, WordIds ids, bool numberNew)
    {
        var forms = Read(word, baseForms);
        return forms with { TextId = Number(forms.Text), FoldedId = Number(forms.Folded), BaseId = Number(forms.Base) };

        int Number(string form) => numberNew ? ids.Of(form) : ids.Find(form);
    }

    /// <summary>Reads the forms of one word or symbol.</summary>
    private static WordForms Read(string word, BaseForms baseForms)
    {
        var folded = word.ToLowerInvariant();
        var kind = !char.IsLetterOrDigit(word[0]) ? TokenKind.Symbol
            : IsAllDigits(word) ? TokenKind.Number
            : TokenKind.Word;
        var capitals = kind == TokenKind.Word && word.Length >= 2 && IsCapitalsWord(word);
        return new WordForms(word, folded, kind == TokenKind.Word ? baseForms.Of(folded) : folded, kind, capitals);
    }

    private static bool IsAllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every letter upper case, and at least one letter.</summary>
    private static bool IsCapitalsWord(string word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }
}
