using Contradictions.Claims;
using Contradictions.Entities;
using Contradictions.Packs;

namespace Contradictions.Rules;

/// <summary>What a rule needs from its pack to compare assertions: entities, qualifier hierarchies and wording.</summary>
internal sealed class RuleContext(
    EntityCatalog entities,
    IReadOnlyDictionary<string, PredicateDefinition> predicates,
    IReadOnlyDictionary<string, QualifierDefinition> qualifiers,
    IReadOnlyDictionary<string, ReferenceFact> facts)
{
    public EntityCatalog Entities { get; } = entities;

    public IReadOnlyDictionary<string, PredicateDefinition> Predicates { get; } = predicates;

    public ClaimWording Wording { get; } = new(entities, predicates, qualifiers);

    /// <summary>True when, for every named qualifier both assertions carry, their values are compatible.</summary>
    public bool Compatible(Assertion a, Assertion b, IEnumerable<string> names)
    {
        if (After(a, b.AsOf) || After(b, a.AsOf))
        {
            return false;
        }

        foreach (var name in names)
        {
            var va = a.QualifierValue(name);
            var vb = b.QualifierValue(name);
            if (va is not null && vb is not null && !Compatible(name, va, vb))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>All that <see cref="Compatible(Assertion, Assertion, IEnumerable{string})"/> reads of one assertion, as a key for <see cref="Clusters"/>.</summary>
    public static IEnumerable<string?> CompatibilityKey(Assertion a, IEnumerable<string> names) =>
        [a.Date?.ToString(), a.AsOf?.ToString(), .. names.Select(a.QualifierValue)];

    /// <summary>True when the claim is dated after the moment a reference fact is known to hold.</summary>
    private static bool After(Assertion claim, Claims.Normalizers.DateInterval? asOf) =>
        asOf is { } moment && claim.Date is { } date && date.Start > moment.End;

    public bool Compatible(string qualifier, string a, string b) =>
        qualifiers.TryGetValue(qualifier, out var definition) ? definition.Compatible(a, b) : a == b;

    /// <summary>True when <paramref name="broader"/> is <paramref name="narrower"/> or an ancestor of it.</summary>
    public bool Subsumes(string qualifier, string broader, string narrower) =>
        qualifiers.TryGetValue(qualifier, out var definition) ? definition.Subsumes(broader, narrower) : broader == narrower;

    public string EntityName(string id) => Entities[id].Name;

    public Evidence Evidence(Assertion assertion, string side) => new(
        side,
        assertion.SourceId,
        assertion.Location.Line,
        assertion.Location.Column,
        assertion.Quote,
        assertion.Id,
        assertion.IsReference,
        assertion.IsReference ? facts.GetValueOrDefault(assertion.SourceId)?.Url : null,
        assertion.IsReference ? facts.GetValueOrDefault(assertion.SourceId)?.Kind : null,
        assertion.Modality);
}
