using System.Collections;
using System.Text.RegularExpressions;
using Contradictions.Claims.Normalizers;
using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>
/// Finds the date expressions of a sentence with the pack's date pattern, and only when a frame asks for them: the
/// pattern is the costliest step of reading a sentence, and most sentences with a trigger never get as far as their
/// dates. Built once per pack; thread-safe.
/// </summary>
internal sealed class DateFinder
{
    private readonly DateExpressionParser parser;
    private readonly Regex anywhere;
    private readonly Regex atStart;

    public DateFinder(DateExpressionParser parser)
    {
        this.parser = parser;
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        var pattern = $@"(?<![\w-])(?:{parser.Pattern})(?![\w])";
        anywhere = new Regex(pattern, Options, Regex.InfiniteMatchTimeout);
        atStart = new Regex(@"\G" + pattern, Options, Regex.InfiniteMatchTimeout);
    }

    /// <summary>The dates of a sentence, in the order of the text, found when first asked for.</summary>
    public IReadOnlyList<DateSpan> In(string folded, List<Token> tokens) =>
        parser.MayHoldDate(folded) ? new DatesWhenAsked(this, folded, tokens) : [];

    /// <summary>
    /// The date that opens a sentence, as the first of <see cref="In"/> would be: the pattern tried at the first
    /// token only (no date can start before it, as none starts with a space). Null when none does.
    /// </summary>
    public DateSpan? AtStart(string folded, List<Token> tokens)
    {
        if (tokens.Count == 0 || !parser.MayHoldDate(folded) || atStart.Match(folded, tokens[0].Start) is not { Success: true } match)
        {
            return null;
        }

        var end = CountEndingBy(tokens, match.Index + match.Length);
        return end > 0 ? new DateSpan(0, end, match.Value) : null;
    }

    private List<DateSpan> All(string folded, List<Token> tokens)
    {
        var found = new List<DateSpan>();
        foreach (Match match in anywhere.Matches(folded))
        {
            // Tokens come in order, so the first token in the match and the last are found by halving.
            var start = FirstStartingFrom(tokens, match.Index);
            var end = CountEndingBy(tokens, match.Index + match.Length);
            if (start < tokens.Count && end > start)
            {
                found.Add(new DateSpan(start, end, match.Value));
            }
        }

        return found;
    }

    /// <summary>The first token that starts at or after <paramref name="offset"/>, or the count when none does.</summary>
    private static int FirstStartingFrom(List<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = tokens[middle].Start >= offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>How many tokens end at or before <paramref name="offset"/>.</summary>
    private static int CountEndingBy(List<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = tokens[middle].End <= offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>A sentence's dates, found on first use.</summary>
    private sealed class DatesWhenAsked(DateFinder finder, string folded, List<Token> tokens) : IReadOnlyList<DateSpan>
    {
        private List<DateSpan>? found;

        public int Count => Found.Count;

        private List<DateSpan> Found => found ??= finder.All(folded, tokens);

        public DateSpan this[int index] => Found[index];

        public IEnumerator<DateSpan> GetEnumerator() => Found.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
