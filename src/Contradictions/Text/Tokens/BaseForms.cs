namespace Contradictions.Text.Tokens;

/// <summary>One suffix rule: a word ending in <paramref name="Suffix"/> drops it and takes <paramref name="Replacement"/>.</summary>
/// <param name="Suffix">The ending, lower case.</param>
/// <param name="Replacement">What replaces it, often nothing.</param>
internal sealed record SuffixRule(string Suffix, string Replacement);

/// <summary>
/// Base forms of words, from the language's suffix rules and exceptions: approve, approves, approved, approving
/// and approval share one; so do suppress, suppressed, suppressant and suppression. The base form is a key, not a
/// dictionary word: the text and the pack's phrases go through the same steps, so they meet.
/// Steps: an exception replaces the word; then the longest matching suffix rule applies once, when it leaves a stem
/// of at least <see cref="MinimumStem"/> letters; then a final "e" goes and a doubled final consonant is single.
/// </summary>
internal sealed class BaseForms
{
    /// <summary>Shorter stems are not cut: "used" is not "us", "need" is not "ne".</summary>
    public const int MinimumStem = 3;

    private readonly List<SuffixRule> rules;
    private readonly IReadOnlyDictionary<string, string> exceptions;
    private readonly IReadOnlyList<string> keptEndings;

    /// <param name="rules">Suffix rules; the longest suffix that matches is used.</param>
    /// <param name="exceptions">Words whose base form is another word's ("synthesis": "synthesize").</param>
    /// <param name="keptEndings">Endings that a rule must not cut ("ss": "depress" keeps its s).</param>
    public BaseForms(IReadOnlyList<SuffixRule> rules, IReadOnlyDictionary<string, string> exceptions, IReadOnlyList<string> keptEndings)
    {
        this.rules = rules.OrderByDescending(r => r.Suffix.Length).ThenBy(r => r.Suffix, StringComparer.Ordinal).ToList();
        this.exceptions = exceptions;
        this.keptEndings = keptEndings;
    }

    /// <summary>No rules: every word is its own base form.</summary>
    public static BaseForms None { get; } = new([], new Dictionary<string, string>(), []);

    /// <summary>The base form of a lower-case word.</summary>
    public string Of(string word)
    {
        if (rules.Count == 0 && exceptions.Count == 0)
        {
            return word;
        }

        var stem = exceptions.TryGetValue(word, out var replaced) ? replaced : word;
        if (!keptEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal)))
        {
            foreach (var rule in rules)
            {
                if (stem.EndsWith(rule.Suffix, StringComparison.Ordinal) && stem.Length - rule.Suffix.Length >= MinimumStem)
                {
                    stem = string.Concat(stem.AsSpan(0, stem.Length - rule.Suffix.Length), rule.Replacement);
                    break;
                }
            }
        }

        if (stem.Length > MinimumStem && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        if (stem.Length > MinimumStem && stem[^1] == stem[^2] && stem[^1] is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 't' or 'r')
        {
            stem = stem[..^1];
        }

        return stem;
    }
}
