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

    /// <summary>A context for one run of the engine: the same pack, and its own record of when claims hold.</summary>
    public RuleContext ForRun() => new(Entities, Predicates, qualifiers, facts);

    /// <summary>When each claim of a predicate whose value changes over time holds, set per group by <see cref="Date"/>.</summary>
    private readonly Dictionary<Assertion, Validity> validities = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Reads when the group's claims hold, if its predicate's value changes over time; claims of one subject are then
    /// compatible only when they must hold at once.
    /// </summary>
    public void Date(AssertionGroup group)
    {
        // Rules and agreement compare claims within one group, so the previous group's validities are done with.
        validities.Clear();
        if (!Predicates.TryGetValue(group.Predicate, out var predicate) || !predicate.ChangesOverTime)
        {
            return;
        }

        foreach (var (claim, validity) in Timeline.Of(group.Assertions, (a, b) => QualifiersCompatible(a, b, predicate.Qualifiers)))
        {
            validities[claim] = validity;
        }
    }

    /// <summary>When the claim holds, if its predicate's value changes over time.</summary>
    public Validity? ValidityOf(Assertion claim) => validities.TryGetValue(claim, out var v) ? v : null;

    /// <summary>True when, for every named qualifier both assertions carry, their values are compatible.</summary>
    public bool Compatible(Assertion a, Assertion b, IEnumerable<string> names)
    {
        var sameTime = a.Subject == b.Subject && a.ObjectEntity == b.ObjectEntity && ValidityOf(a) is { } va && ValidityOf(b) is { } vb
            ? va.AtOnce(vb)
            : !After(a, b.AsOf) && !After(b, a.AsOf);
        return sameTime && QualifiersCompatible(a, b, names);
    }

    private bool QualifiersCompatible(Assertion a, Assertion b, IEnumerable<string> names)
    {
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
    public IEnumerable<string?> CompatibilityKey(Assertion a, IEnumerable<string> names) =>
        [a.Date?.ToString(), a.AsOf?.ToString(), ValidityOf(a) is { } v ? a.Subject + " " + a.ObjectEntity + " " + v : null, .. names.Select(a.QualifierValue)];

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
        assertion.Line,
        assertion.Column,
        assertion.Quote,
        assertion.Id,
        assertion.IsReference,
        assertion.IsReference ? facts.GetValueOrDefault(assertion.SourceId)?.Url : null,
        assertion.IsReference ? facts.GetValueOrDefault(assertion.SourceId)?.Kind : null,
        assertion.Modality)
    {
        File = assertion.File,
    };
}
