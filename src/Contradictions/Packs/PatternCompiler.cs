using System.Text;
using System.Text.RegularExpressions;
using Contradictions.Claims.Normalizers;
using Contradictions.Entities;

namespace Contradictions.Packs;

/// <summary>
/// Turns a pattern as written in a pack into a regular expression. Slots name what to capture:
/// <c>{subject}</c> and <c>{object}</c> (an entity by any of its names; the subject may also be "it", "the drug"),
/// <c>{date}</c>, <c>{value}</c> (the predicate's value words), <c>{QUALIFIER}</c> (one of a qualifier's words),
/// <c>{QUALIFIER*}</c> (a stretch of words naming one or more values, one assertion each), and <c>{...}</c>
/// (a few words of anything within the clause). A space matches any run of white space. Every slot but <c>{...}</c>
/// reads one value and may stand once in a pattern; <c>{QUALIFIER}</c> and <c>{QUALIFIER*}</c> are one slot.
/// </summary>
internal sealed partial class PatternCompiler(
    EntityCatalog entities,
    IReadOnlyDictionary<string, QualifierDefinition> qualifiers,
    DateExpressionParser dates,
    Language language)
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>How long a pattern may run on one sentence before it is given up as too slow.</summary>
    /// <remarks>Ordinary patterns take a few tens of milliseconds on a long sentence; the limit leaves room for a busy machine, so that load never changes a report.</remarks>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private string ClauseChar => language.ClauseBreaks.Count == 0
        ? "[^;:]"
        : $@"(?:(?!(?<![\w])(?:{string.Join('|', language.ClauseBreaks.Select(Regex.Escape))})(?![\w]))[^;:])";

    /// <summary>A list of values stays within one clause and does not cross a comma, so it never reaches into the next claim.</summary>
    private string ListChar => ClauseChar.Replace("[^;:]", "[^;:,]", StringComparison.Ordinal);

    /// <summary>
    /// Compiles a pattern, or explains why it cannot be. A pattern runs on the non-backtracking engine, which takes
    /// linear time whatever the text, when it can: when it has no lookaround or backreference. The <c>{subject}</c>
    /// slot needs a lookbehind (so a hyphenated name is not read as the shorter name inside it), so most patterns cannot; they run on the
    /// backtracking engine with <see cref="MatchTimeout"/>, and one shaped to backtrack catastrophically is refused.
    /// </summary>
    /// <param name="pattern">The pattern as the pack writes it.</param>
    /// <param name="predicate">The predicate it reads claims of.</param>
    /// <param name="catastrophic">True when the error is a shape that backtracks catastrophically.</param>
    public (Regex? Regex, string? Error) Compile(string pattern, PredicateDefinition predicate, out bool catastrophic)
    {
        catastrophic = false;
        var body = new StringBuilder();
        var position = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match slot in Slot().Matches(pattern))
        {
            var before = pattern[position..slot.Index];
            var isGap = slot.Groups["name"].Value == "...";
            if (!isGap && !seen.TryAdd(slot.Groups["name"].Value, slot.Index))
            {
                // One capture group per slot: a second place would silently replace what the first one read.
                return (null, $"slot '{slot.Value}' stands twice, at characters {seen[slot.Groups["name"].Value] + 1} and {slot.Index + 1}; "
                    + "a claim reads one value from a slot, so write one pattern for each place it can stand");
            }

            body.Append(Literal(isGap ? before.TrimEnd(' ') : before));
            var (expansion, error) = Expand(slot.Groups["name"].Value, slot.Groups["list"].Success, predicate);
            if (error is not null)
            {
                return (null, error);
            }

            body.Append(expansion);
            position = slot.Index + slot.Length;
        }

        body.Append(Literal(pattern[position..]));
        Regex backtracking;
        try
        {
            backtracking = new Regex(body.ToString(), Options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            return (null, $"invalid regular expression: {e.Message}");
        }

        try
        {
            return (new Regex(body.ToString(), Options | RegexOptions.NonBacktracking, MatchTimeout), null);
        }
        catch (NotSupportedException)
        {
            // Look-arounds (every name slot has one), backreferences and atomic groups need the backtracking engine.
        }

        if (BacktrackingRisk.Find(pattern) is { } risk)
        {
            catastrophic = true;
            return (null, $"'{risk.Group}' at character {risk.Index + 1} repeats a group that can itself match in many ways, which can take exponential time");
        }

        return (backtracking, null);
    }

    /// <summary>The regular expression group name of a qualifier slot (group names cannot hold hyphens).</summary>
    public static string GroupName(string prefix, string qualifier) => prefix + "_" + qualifier.Replace('-', '_');

    private (string? Expansion, string? Error) Expand(string name, bool list, PredicateDefinition predicate)
    {
        if (name == "...")
        {
            // The gap takes the white space before it, so "a {...} b" also matches "a b"; it is lazy, so the
            // nearest match wins ("developed in the 1960s and approved in 1970" dates the development 1960s).
            return ($"{ClauseChar}{{0,80}}?", null);
        }

        if (list && !qualifiers.ContainsKey(name))
        {
            return (null, $"'{{{name}*}}': only qualifier slots can take '*'");
        }

        return name switch
        {
            "subject" => (SubjectSlot(), null),
            "object" => ($"(?<object>{entities.NamesPattern})", null),
            "date" => ($"(?<date>{dates.Pattern})", null),
            "value" => ValueSlot(predicate),
            _ when qualifiers.TryGetValue(name, out var q) => list
                ? ($"(?<{GroupName("l", name)}>{ListChar}{{0,100}}(?:{q.WordsPattern}))", null)
                : ($"(?<{GroupName("q", name)}>{q.WordsPattern})", null),
            _ => (null, $"unknown slot '{{{name}}}'; expected subject, object, date, value, ..., or a qualifier: {string.Join(", ", qualifiers.Keys.Order(StringComparer.Ordinal))}"),
        };
    }

    /// <summary>
    /// Any name or anaphor; an anaphor of several words right before a name stands in apposition to it ("the drug
    /// X"), and the name is the subject. When every word starts with a letter or digit, one look-behind in front
    /// of it all lets the regular expression engine skip ahead to the words' first letters (a third faster).
    /// </summary>
    private string SubjectSlot()
    {
        var anaphors = language.Anaphors.OrderByDescending(a => a.Length).ToList();
        var subjects = entities.OrderedNames.Concat(anaphors).ToList();
        var phrases = anaphors.Where(a => a.Trim().Contains(' ', StringComparison.Ordinal)).ToList();
        if (phrases.Count == 0)
        {
            return $"(?<subject>{EntityCatalog.WordsPattern(subjects)})";
        }

        if (EntityCatalog.WordBodies(phrases) is { } phraseWords && EntityCatalog.WordBodies(subjects) is { } subjectWords)
        {
            return $@"{EntityCatalog.WordStart}(?:(?:{phraseWords})\s+(?=(?:{entities.NamesPattern})))?(?<subject>{subjectWords})";
        }

        return $@"(?:(?:{EntityCatalog.WordsPattern(phrases)})\s+(?=(?:{entities.NamesPattern})))?(?<subject>{EntityCatalog.WordsPattern(subjects)})";
    }

    private static (string? Expansion, string? Error) ValueSlot(PredicateDefinition predicate) => predicate.ValueKind switch
    {
        ValueKind.Enum => ($"(?<value>{EntityCatalog.WordsPattern(predicate.Values.Values.SelectMany(w => w).OrderByDescending(w => w.Length))})", null),
        ValueKind.RomanNumeral => ($"(?<value>{RomanNumeral.Pattern})", null),
        _ => (null, $"'{{value}}' needs a predicate with enum or roman-numeral values; '{predicate.Id}' has {predicate.ValueKind.ToString().ToLowerInvariant()}"),
    };

    /// <summary>Pattern text between slots: a run of spaces matches any white space.</summary>
    private static string Literal(string text) => Spaces().Replace(text, @"\s+");

    [GeneratedRegex(@"\{(?<name>\.\.\.|[a-z][a-z0-9-]*)(?<list>\*)?\}")]
    private static partial Regex Slot();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
