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
        // Where no date may start, the pattern is not tried: a match there is one a scan finds, which starts at such a place.
        if (tokens.Count == 0 || (starts is not null && !starts.IsStart(folded, tokens[0].Start)) || !parser.MayHoldDate(folded)
            || MatchAt(folded, tokens[0].Start) is not var (index, length))
        {
            return null;
        }

        var end = CountEndingBy(tokens, index + length);
        return end > 0 ? new DateSpan(0, end, folded.Substring(index, length)) : null;
    }

    private List<DateSpan> All(string folded, List<Token> tokens)
    {
        var found = new List<DateSpan>();
        if (starts is null)
        {
            foreach (Match match in anywhere.Matches(folded))
            {
                Add(match.Index, match.Length);
            }

            return found;
        }

        // The pattern's matches as a scan finds them: tried only where a date may start, and after a match the next
        // try is past it (one character on, past an empty one).
        for (var at = starts.Next(folded, 0); at >= 0; )
        {
            var match = MatchAt(folded, at);
            var next = match is { Length: > 0 } m ? at + m.Length : at + 1;
            if (match is var (index, length))
            {
                Add(index, length);
            }

            at = next < folded.Length ? starts.Next(folded, next) : -1;
        }

        return found;

        void Add(int index, int length)
        {
            // Tokens come in order, so the first token in the match and the last are found by halving.
            var start = FirstStartingFrom(tokens, index);
            var end = CountEndingBy(tokens, index + length);
            if (start < tokens.Count && end > start)
            {
                found.Add(new DateSpan(start, end, folded.Substring(index, length)));
            }
        }
    }

    /// <summary>The pattern's match that starts at <paramref name="at"/>, found without making a <see cref="Match"/>; null when none does.</summary>
    private (int Index, int Length)? MatchAt(string folded, int at)
    {
        foreach (var match in atStart.EnumerateMatches(folded, at))
        {
            return (match.Index, match.Length);
        }

        return null;
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
