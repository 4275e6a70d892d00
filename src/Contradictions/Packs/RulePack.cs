using Contradictions.Claims.Normalizers;
using Contradictions.Entities;
using Contradictions.Rules;

namespace Contradictions.Packs;

/// <summary>A loaded, validated rule pack: entities, vocabulary, claim patterns, reference facts and conflict rules.</summary>
public sealed class RulePack
{
    internal RulePack(
        string name,
        Language language,
        EntityCatalog entities,
        IReadOnlyDictionary<string, QualifierDefinition> qualifiers,
        IReadOnlyDictionary<string, PredicateDefinition> predicates,
        IReadOnlyList<ClaimPattern> patterns,
        IReadOnlyList<ReferenceFact> facts,
        IReadOnlyList<ConflictRule> rules,
        DateExpressionParser dates)
    {
        Name = name;
        Language = language;
        Entities = entities;
        Qualifiers = qualifiers;
        Predicates = predicates;
        Patterns = patterns;
        Facts = facts;
        Rules = rules;
        Dates = dates;
    }

    /// <summary>The pack's name.</summary>
    public string Name { get; }

    /// <summary>The reference facts, each with its source address.</summary>
    public IReadOnlyList<ReferenceFact> Facts { get; }

    /// <summary>The ids of the conflict rules.</summary>
    public IReadOnlyList<string> RuleIds => Rules.Select(r => r.Id).ToList();

    /// <summary>The conflict rules as reports describe them, in the order of <see cref="RuleIds"/>.</summary>
    public IReadOnlyList<RuleDescriptor> RuleDescriptors => Rules
        .Select(r => new RuleDescriptor(r.Id, r.Settings.Kind, r.Settings.Severity, r.Predicate, Predicates[r.Predicate].Topic, r.Settings.Description))
        .ToList();

    internal Language Language { get; }

    internal EntityCatalog Entities { get; }

    internal IReadOnlyDictionary<string, QualifierDefinition> Qualifiers { get; }

    internal IReadOnlyDictionary<string, PredicateDefinition> Predicates { get; }

    internal IReadOnlyList<ClaimPattern> Patterns { get; }

    internal IReadOnlyList<ConflictRule> Rules { get; }

    internal DateExpressionParser Dates { get; }

    /// <summary>The claim frames, in pack order: an earlier frame's reading of a claim wins over a later one's.</summary>
    internal IReadOnlyList<Frames.Frame> Frames { get; init; } = [];

    /// <summary>Named word lists that frames share, by id.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Lexicons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that stand for a lexicon's phrase said shortly before ("these receptors"), by lexicon id.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> LexiconAnaphors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The pack's own test cases (files under its <c>tests/</c> folder), as (path, YAML text).</summary>
    internal IReadOnlyList<(string Path, string Text)> TestFiles { get; init; } = [];

}
