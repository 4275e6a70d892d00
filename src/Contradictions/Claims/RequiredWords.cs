using System.Text;
using System.Text.RegularExpressions;

namespace Contradictions.Claims;

/// <summary>
/// Finds words that every match of a regular expression contains. A requirement is a set of words of which a match
/// holds at least one: a word written literally outside any optional part (<c>approved</c>), or one word from each
/// branch of a group that must match (<c>(?:discovered|synthesized)</c>). The answer errs on the safe side: what the
/// reader does not follow (a look-around, a class, an escape) ends a word and requires nothing.
/// </summary>
internal static partial class RequiredWords
{
    /// <summary>Every requirement of a pattern: each is a set of words one of which every match contains.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string pattern, RegexOptions options)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0 || WhitespaceOption().IsMatch(pattern))
        {
            return [];
        }

        try
        {
            var i = 0;
            return Alternation(pattern, ref i);
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>
    /// How rarely a requirement is met in prose, for choosing one: longer words are rarer, fewer alternatives match
    /// less, and a sign inside a word ("(or") is rarer than any letter.
    /// </summary>
    public static (int Rarity, int Fewest) Strength(IReadOnlyList<string> words) =>
        (words.Min(w => w.Length + (w.All(char.IsLetterOrDigit) ? 0 : Sign)), -words.Count);

    /// <summary>What a sign in a word is worth, in letters.</summary>
    private const int Sign = 4;

    /// <summary>Branches up to a ')' or the end: one branch keeps all its requirements; several must each require a word.</summary>
    private static List<IReadOnlyList<string>> Alternation(string pattern, ref int i)
    {
        var branches = new List<List<IReadOnlyList<string>>>();
        while (true)
        {
            branches.Add(Sequence(pattern, ref i));
            if (i < pattern.Length && pattern[i] == '|')
            {
                i++;
                continue;
            }

            break;
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        if (branches.Exists(b => b.Count == 0))
        {
            return [];
        }

        var union = branches
            .Select(b => b.OrderByDescending(Strength).First())
            .SelectMany(r => r)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return [union];
    }

    /// <summary>One branch, up to a '|', a ')' or the end.</summary>
    private static List<IReadOnlyList<string>> Sequence(string pattern, ref int i)
    {
        var requirements = new List<IReadOnlyList<string>>();
        var run = new StringBuilder();
        for (; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '|' or ')':
                    End(run, requirements);
                    return requirements;
                case '\\' when i + 1 < pattern.Length && !char.IsLetterOrDigit(pattern[i + 1]) && pattern[i + 1] != '_':
                    // An escaped sign is itself: "\(or" needs "(or".
                    run.Append(pattern[++i]);
                    break;
                case '\\':
                    End(run, requirements);
                    i = SkipEscape(pattern, i);
                    break;
                case '[':
                    End(run, requirements);
                    i = PatternScreen.ClassEnd(pattern, i);
                    break;
                case '(':
                    End(run, requirements);
                    Group(pattern, ref i, requirements);
                    break;
                case '?' or '*' or '+':
                    DropLast(run);
                    End(run, requirements);
                    break;
                case '{' when Quantifier().Match(pattern, i) is { Success: true } quantifier:
                    DropLast(run);
                    End(run, requirements);
                    i += quantifier.Length - 1;
                    break;
                default:
                    if (char.IsLetterOrDigit(c) || c == '-')
                    {
                        run.Append(c);
                    }
                    else
                    {
                        End(run, requirements);
                    }

                    break;
            }
        }

        End(run, requirements);
        return requirements;
    }

    /// <summary>Reads a group from its '(' to its ')' (left at <paramref name="i"/>), adding what it requires when it must match.</summary>
    private static void Group(string pattern, ref int i, List<IReadOnlyList<string>> requirements)
    {
        var rest = pattern.AsSpan(i);
        var required = true;
        if (rest.StartsWith("(?#"))
        {
            i = pattern.IndexOf(')', i) is var close and >= 0 ? close : pattern.Length - 1;
            return;
        }

        if (InlineOptions().Match(pattern, i) is { Success: true } options)
        {
            // "(?i)" changes how the rest matches, not what it must contain; the words are looked for ignoring case anyway.
            i += options.Length - 1;
            return;
        }

        if (rest.StartsWith("(?=") || rest.StartsWith("(?!") || rest.StartsWith("(?<=") || rest.StartsWith("(?<!"))
        {
            // A look-around consumes nothing: what it looks for need not be in the match.
            required = false;
            i += rest.StartsWith("(?<") ? 4 : 3;
        }
        else if (GroupOpening().Match(pattern, i) is { Success: true } opening)
        {
            i += opening.Length;
        }
        else
        {
            throw new NotSupportedException("A group this reader does not follow (a conditional, a balancing group).");
        }

        var inner = Alternation(pattern, ref i);
        if (i >= pattern.Length)
        {
            return;
        }

        var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
        var optional = next is '?' or '*'
            || (next == '{' && Quantifier().Match(pattern, i + 1) is { Success: true } q && q.Groups["min"].Value.All(d => d == '0'));
        if (required && !optional)
        {
            requirements.AddRange(inner);
        }
    }

    /// <summary>A quantifier takes the character before it out of the word: "an?" requires only "a".</summary>
    private static void DropLast(StringBuilder run)
    {
        if (run.Length > 0)
        {
            run.Length--;
        }
    }

    private static void End(StringBuilder run, List<IReadOnlyList<string>> requirements)
    {
        var word = run.ToString().Trim('-');
        if (word.Length > 0)
        {
            requirements.Add([word]);
        }

        run.Clear();
    }

    /// <summary>Skips an escape sequence; returns the index of its last character.</summary>
    private static int SkipEscape(string pattern, int backslash)
    {
        var i = backslash + 1;
        if (i >= pattern.Length)
        {
            return i;
        }

        switch (pattern[i])
        {
            case 'x':
                return Math.Min(i + 2, pattern.Length - 1);
            case 'u':
                return Math.Min(i + 4, pattern.Length - 1);
            case 'c':
                return Math.Min(i + 1, pattern.Length - 1);
            case >= '0' and <= '9':
                while (i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
                {
                    i++;
                }

                return i;
            case 'k' or 'p' or 'P' when i + 1 < pattern.Length && pattern[i + 1] is '<' or '{' or '\'':
                var close = pattern[i + 1] switch { '<' => '>', '{' => '}', _ => '\'' };
                var end = pattern.IndexOf(close, i + 2);
                return end < 0 ? pattern.Length - 1 : end;
            default:
                return i;
        }
    }

    [GeneratedRegex(@"\G\{(?<min>\d+)(?:,\d*)?\}")]
    private static partial Regex Quantifier();

    /// <summary>The opening of a group that matches its content: capturing, named, non-capturing, atomic, or with options.</summary>
    [GeneratedRegex(@"\G\((?!\?)|\G\(\?(?:<[A-Za-z_]\w*>|'[A-Za-z_]\w*'|:|>|[imnsx-]+:)")]
    private static partial Regex GroupOpening();

    [GeneratedRegex(@"\G\(\?[imnsx-]+\)")]
    private static partial Regex InlineOptions();

    /// <summary>An inline option group that turns on free spacing, where white space and '#' change meaning.</summary>
    [GeneratedRegex(@"\(\?[imnsx-]*x")]
    private static partial Regex WhitespaceOption();
}
