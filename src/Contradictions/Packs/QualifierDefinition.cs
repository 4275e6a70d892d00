using System.Text.RegularExpressions;
using Contradictions.Entities;

namespace Contradictions.Packs;

/// <summary>Where a qualifier is looked for: only in the words a pattern's slot matched, in the clause of the match, or anywhere in the sentence.</summary>
internal enum QualifierScope
{
    Match,
    Sentence,
    Clause,
}

/// <summary>One value a qualifier can take, with the words that say it and, for hierarchies, its broader value.</summary>
internal sealed record QualifierValue(string Id, string Label, IReadOnlyList<string> Words, string? Parent);

/// <summary>A qualifier of claims (indication, authority, jurisdiction, dose condition) and its vocabulary.</summary>
internal sealed class QualifierDefinition
{
    private readonly Dictionary<string, QualifierValue> byId;
    private readonly Dictionary<string, string> byWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex words;

    public QualifierDefinition(string id, QualifierScope scope, IReadOnlyList<QualifierValue> values)
    {
        Id = id;
        Scope = scope;
        byId = values.ToDictionary(v => v.Id, StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var word in value.Words.Append(value.Label))
            {
                byWord.TryAdd(Squash(word), value.Id);
            }
        }

        WordsPattern = EntityCatalog.WordsPattern(byWord.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal));
        words = new Regex(WordsPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Id { get; }

    public QualifierScope Scope { get; }

    public string WordsPattern { get; }

    public IReadOnlyCollection<QualifierValue> Values => byId.Values;

    public QualifierValue this[string id] => byId[id];

    public bool Contains(string valueId) => byId.ContainsKey(valueId);

    /// <summary>Every value named in the text, in order, each with the words that named it.</summary>
    public IEnumerable<(string Value, string Text)> FindAll(string text)
    {
        foreach (Match match in words.Matches(text))
        {
            yield return (byWord[Squash(match.Value)], match.Value);
        }
    }

    /// <summary>True when <paramref name="broader"/> is <paramref name="narrower"/> or one of its ancestors.</summary>
    public bool Subsumes(string broader, string narrower)
    {
        for (string? current = narrower; current is not null; current = byId[current].Parent)
        {
            if (current == broader)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two values are compatible when one is the other or one of its ancestors.</summary>
    public bool Compatible(string a, string b) => Subsumes(a, b) || Subsumes(b, a);

    public string Root(string value)
    {
        var current = value;
        while (byId[current].Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }

    private static string Squash(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
