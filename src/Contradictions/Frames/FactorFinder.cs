using System.Globalization;
using Contradictions.Claims.Normalizers;
using Contradictions.Packs;
using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>The tokens of a factor in a sentence, and the factor they say.</summary>
internal readonly record struct FactorSpan(int Start, int End, Factor Factor);

/// <summary>
/// Finds the factors of a sentence from its tokens: "four times", "4 to 5 times", "8-fold", "3-4x", "twice". Built
/// once per pack; thread-safe.
/// </summary>
internal sealed class FactorFinder(FactorWords words)
{
    private readonly HashSet<string> units = new(words.Units, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> rangeJoiners = new(words.RangeJoiners, StringComparer.OrdinalIgnoreCase);
    private readonly List<(string[] Words, decimal Value)> phrases = words.Words
        .Select(w => (w.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries), w.Value))
        .OrderByDescending(w => w.Item1.Length)
        .ToList();

    private readonly List<string[]> upTo = words.UpTo.Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length).ToList();

    public List<FactorSpan> In(List<Token> tokens)
    {
        var found = new List<FactorSpan>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (Read(tokens, t) is { } span)
            {
                found.Add(span);
                t = span.End - 1;
            }
        }

        return found;
    }

    private FactorSpan? Read(List<Token> tokens, int start)
    {
        // "up to three times": a factor no higher than the one said, so a range from 1 (as strong) to it.
        foreach (var phrase in upTo)
        {
            if (TokenPhrase.StartsWith(tokens, start, phrase) && start + phrase.Length < tokens.Count && Read(tokens, start + phrase.Length) is { } top)
            {
                return Span(tokens, start, top.End, Math.Min(1, top.Factor.Low), top.Factor.High);
            }
        }

        foreach (var (phrase, value) in phrases)
        {
            if (TokenPhrase.StartsWith(tokens, start, phrase))
            {
                return Span(tokens, start, start + phrase.Length, value, value);
            }
        }

        if (Glued(tokens[start]) is { } glued)
        {
            return Span(tokens, start, start + 1, glued, glued);
        }

        if (Number(tokens, start, out var end) is not { } low)
        {
            return null;
        }

        var high = low;
        if (end + 1 < tokens.Count && rangeJoiners.Contains(tokens[end].Folded))
        {
            // "3-4x": the range's top may carry the unit.
            if (Glued(tokens[end + 1]) is { } gluedTop && gluedTop >= low)
            {
                return Span(tokens, start, end + 2, low, gluedTop);
            }

            if (Number(tokens, end + 1, out var topEnd) is { } top && top >= low)
            {
                high = top;
                end = topEnd;
            }
        }

        // "8-fold": a hyphen may stand before the unit.
        var unit = end < tokens.Count && tokens[end].Text == "-" ? end + 1 : end;
        return unit < tokens.Count && (units.Contains(tokens[unit].Folded) || tokens[unit].Text == "\u00D7")
            ? Span(tokens, start, unit + 1, low, high)
            : null;
    }

    /// <summary>"4x" is one token: a number with the unit written onto it, or null.</summary>
    private static decimal? Glued(Token token) =>
        token.Folded is [.., 'x'] glued && decimal.TryParse(glued.AsSpan(0, glued.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    /// <summary>The number at token <paramref name="at"/>: digits ("2.5" is three tokens) or a number word; <paramref name="end"/> is the token after it.</summary>
    private decimal? Number(List<Token> tokens, int at, out int end)
    {
        end = at + 1;
        if (words.Numbers.TryGetValue(tokens[at].Folded, out var named))
        {
            return named;
        }

        if (tokens[at].Kind != TokenKind.Number)
        {
            return null;
        }

        var digits = tokens[at].Folded;
        if (at + 2 < tokens.Count && tokens[at + 1].Text == "." && tokens[at + 2].Kind == TokenKind.Number && tokens[at + 1].Start == tokens[at].End)
        {
            digits += "." + tokens[at + 2].Folded;
            end = at + 3;
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }

    private static FactorSpan Span(List<Token> tokens, int start, int end, decimal low, decimal high)
    {
        var text = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace(" - ", "-", StringComparison.Ordinal).Replace(" . ", ".", StringComparison.Ordinal);
        return new FactorSpan(start, end, new Factor(low, high, text));
    }
}
