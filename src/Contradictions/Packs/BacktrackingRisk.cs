using System.Text.RegularExpressions;

namespace Contradictions.Packs;

/// <summary>
/// Spots the shapes of pattern that make a backtracking regular expression engine take exponential time: a group
/// repeated without bound that itself contains a repetition or an alternation, such as <c>(a+)+</c>,
/// <c>(\w+\s?)*</c> or <c>(a|aa)+</c>. Slots count as repetitions, since they match a varying number of words.
/// A pattern the non-backtracking engine can run needs no such check.
/// </summary>
internal static partial class BacktrackingRisk
{
    /// <summary>A bounded repetition this long is treated as unbounded: <c>(\w+ ){0,50}</c> is as slow as <c>(\w+ )*</c>.</summary>
    private const int LargeRepetition = 20;

    /// <summary>The repeated group that puts the pattern at risk, with its character index, or <see langword="null"/>.</summary>
    public static (int Index, string Group)? Find(string pattern)
    {
        var groups = new Stack<Group>();
        groups.Push(new Group(0, atomic: false));
        Atom? last = null;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                last = new Atom(i, Repeats: false, Alternates: false, IsGroup: false);
                i = SkipEscape(pattern, i);
            }
            else if (c == '[')
            {
                var start = i;
                i = SkipClass(pattern, i);
                last = new Atom(start, false, false, false);
            }
            else if (c == '{' && Slot().Match(pattern, i) is { Success: true } slot)
            {
                i += slot.Length;
                last = new Atom(slot.Index, Repeats: true, Alternates: true, IsGroup: false);
                groups.Peek().Repeats = true;
            }
            else if (c == '(')
            {
                var (next, atomic, comment) = OpenGroup(pattern, i);
                if (!comment)
                {
                    groups.Push(new Group(i, atomic));
                }

                i = next;
                last = null;
            }
            else if (c == ')' && groups.Count > 1)
            {
                var group = groups.Pop();
                i++;
                last = new Atom(group.Start, group.Repeats && !group.Atomic, group.Alternates && !group.Atomic, IsGroup: true) { End = i };
                groups.Peek().Repeats |= last.Repeats;
            }
            else if (c == '|')
            {
                groups.Peek().Alternates = true;
                i++;
                last = null;
            }
            else if (Quantifier().Match(pattern, i) is { Success: true } quantifier && last is not null)
            {
                var max = quantifier.Groups["max"];
                var unbounded = max.Success
                    ? max.Length is 0 or > 4 || int.Parse(max.Value, System.Globalization.CultureInfo.InvariantCulture) >= LargeRepetition
                    : quantifier.Value[0] is '*' or '+';
                if (unbounded && last.IsGroup && (last.Repeats || last.Alternates))
                {
                    return (last.Start, pattern[last.Start..last.End] + quantifier.Value.TrimEnd('?'));
                }

                // Inside a repeated group, any choice of length (even x?, x{1,5}) multiplies the ways to match.
                groups.Peek().Repeats |= quantifier.Value[0] != '{' || max.Success;
                i += quantifier.Length;
                last = null;
            }
            else
            {
                last = new Atom(i, false, false, false);
                i++;
            }
        }

        return null;
    }

    private static int SkipEscape(string pattern, int i)
    {
        // \p{Lu}, \k<name> and the like carry their argument in brackets.
        if (i + 2 < pattern.Length && pattern[i + 1] is 'p' or 'P' or 'k' && pattern[i + 2] is '{' or '<' or '\'')
        {
            var close = pattern.IndexOfAny(['}', '>', '\''], i + 3);
            return close < 0 ? pattern.Length : close + 1;
        }

        return Math.Min(i + 2, pattern.Length);
    }

    private static int SkipClass(string pattern, int i)
    {
        i++;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i = pattern[i] == '\\' ? i + 2 : i + 1;
        }

        return Math.Min(i + 1, pattern.Length);
    }

    private static (int Next, bool Atomic, bool Comment) OpenGroup(string pattern, int i)
    {
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            return (i + 1, false, false);
        }

        if (i + 2 < pattern.Length && pattern[i + 2] == '#')
        {
            var close = pattern.IndexOf(')', i);
            return (close < 0 ? pattern.Length : close + 1, false, true);
        }

        var atomic = i + 2 < pattern.Length && pattern[i + 2] == '>';
        var prefix = GroupPrefix().Match(pattern, i);
        return (i + prefix.Length, atomic, false);
    }

    [GeneratedRegex(@"\G(?:\*|\+|\?|\{\d+(?:,(?<max>\d*))?\})\??")]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"\G\{(?:\.\.\.|[a-z][a-z0-9-]*)\*?\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"\G\((?:\?(?:[:>=!]|<[=!]|<[^>]*>|'[^']*'|[imnsx-]*:?))?")]
    private static partial Regex GroupPrefix();

    private sealed class Group(int start, bool atomic)
    {
        public int Start { get; } = start;

        public bool Atomic { get; } = atomic;

        public bool Repeats { get; set; }

        public bool Alternates { get; set; }
    }

    private sealed record Atom(int Start, bool Repeats, bool Alternates, bool IsGroup)
    {
        public int End { get; init; } = Start + 1;
    }
}
