namespace Contradictions.Text.Tokens;

/// <summary>Comparing a phrase of the pack, split into words, with the tokens of a sentence.</summary>
internal static class TokenPhrase
{
    /// <summary>True when the tokens from <paramref name="at"/> on are the phrase's words, by folded form and without case.</summary>
    public static bool StartsWith(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!string.Equals(words[i], tokens[at + i].Folded, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
