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

    /// <summary>Where the pattern may start; null when it must scan every character.</summary>
    private readonly DateStarts? starts;

    public DateFinder(DateExpressionParser parser)
    {
        starts = DateStarts.For(parser.StartWords);
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
        foreach (var match in Matches(folded))
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

    /// <summary>
    /// The pattern's matches, as a scan finds them: the pattern is tried only where a date may start, and after a
    /// match the next try is past it (one character on, past an empty one).
    /// </summary>
    private IEnumerable<Match> Matches(string folded)
    {
        if (starts is null)
        {
            foreach (Match match in anywhere.Matches(folded))
            {
                yield return match;
            }

            yield break;
        }

        for (var at = starts.Next(folded, 0); at >= 0; )
        {
            var match = atStart.Match(folded, at);
            var next = !match.Success ? at + 1 : match.Length > 0 ? at + match.Length : at + 1;
            if (match.Success)
            {
                yield return match;
            }

            at = next < folded.Length ? starts.Next(folded, next) : -1;
        }
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
