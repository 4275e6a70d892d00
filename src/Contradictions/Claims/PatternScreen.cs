using System.Text;
using System.Text.RegularExpressions;

namespace Contradictions.Claims;

/// <summary>
/// A cheap first test for a claim pattern: the pattern with its look-arounds removed and its bounded repeats left
/// unbounded, run by the non-backtracking engine, which takes time in proportion to the sentence whatever the
/// pattern. It matches everything the pattern matches (removing a condition or a bound only lets more through), so
/// a sentence it rejects is one the pattern would have rejected, at a small part of the cost of backtracking.
/// </summary>
internal static partial class PatternScreen
{
    /// <summary>
    /// The .NET setting that caps the non-backtracking engine's automaton (10,000 nodes by default). A pattern with a
    /// pack's every name and date form in it passes that cap; a host that sets its own value keeps it.
    /// </summary>
    private const string AutomatonLimit = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    static PatternScreen()
    {
        if (AppContext.GetData(AutomatonLimit) is null)
        {
            AppContext.SetData(AutomatonLimit, 100_000);
        }
    }

    /// <summary>The screen for a pattern, or null when the pattern uses what the non-backtracking engine lacks.</summary>
    public static Regex? For(Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Loosen(pattern.ToString()) is not { } loose)
        {
            return null;
        }

        try
        {
            var options = (pattern.Options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking;
            return new Regex(loose, options, Regex.InfiniteMatchTimeout);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The pattern without look-arounds and with <c>{m,n}</c> as <c>{m,}</c>; null when it has constructs that cannot be loosened.</summary>
    internal static string? Loosen(string pattern)
    {
        if (Unsupported().IsMatch(pattern))
        {
            return null;
        }

        var loose = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                loose.Append(c);
                if (i + 1 < pattern.Length)
                {
                    loose.Append(pattern[++i]);
                }
            }
            else if (c == '[')
            {
                var end = ClassEnd(pattern, i);
                loose.Append(pattern, i, end - i + 1);
                i = end;
            }
            else if (c == '(' && IsLookaround(pattern, i))
            {
                i = GroupEnd(pattern, i);
            }
            else if (c == '{' && BoundedRepeat().Match(pattern, i) is { Success: true } repeat)
            {
                loose.Append('{').Append(repeat.Groups["min"].Value).Append(",}");
                i += repeat.Length - 1;
            }
            else
            {
                loose.Append(c);
            }
        }

        return loose.ToString();
    }

    /// <summary>True when the pattern has a look-ahead or look-behind outside character classes and escapes.</summary>
    internal static bool HasLookaround(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(' when IsLookaround(pattern, i):
                    return true;
            }
        }

        return false;
    }

    private static bool IsLookaround(string pattern, int open)
    {
        var rest = pattern.AsSpan(open);
        return rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!");
    }

    /// <summary>The index of the ')' that closes the group opened at <paramref name="open"/>.</summary>
    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return pattern.Length - 1;
    }

    /// <summary>The index of the ']' that closes the class opened at <paramref name="open"/>, nested subtractions included.</summary>
    internal static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++; // A ']' first in a class is literal.
        }

        var nesting = 1;
        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when pattern[i - 1] == '-':
                    nesting++; // A subtraction: [a-z-[aeiou]].
                    break;
                case ']' when --nesting == 0:
                    return i;
            }
        }

        return pattern.Length - 1;
    }

    [GeneratedRegex(@"\G\{(?<min>\d+),\d+\}")]
    private static partial Regex BoundedRepeat();

    /// <summary>Back-references, atomic groups, conditionals, balancing groups and free spacing: left to the pattern itself.</summary>
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*(?:\\[1-9]|\\k|\(\?>|\(\?\(|\(\?<\w+-|\(\?'\w*-|\(\?[imnsx-]*x)")]
    private static partial Regex Unsupported();
}
