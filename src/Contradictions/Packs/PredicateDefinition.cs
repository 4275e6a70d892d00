namespace Contradictions.Packs;

/// <summary>What kind of value a predicate's claims carry.</summary>
internal enum ValueKind
{
    /// <summary>No value: the claim is only stated or denied (with its date and qualifiers).</summary>
    None,

    /// <summary>One word from a closed list, e.g. antagonist or agonist.</summary>
    Enum,

    /// <summary>A class written in Roman or Arabic numerals, e.g. "Schedule III", "schedule 3", "CIII".</summary>
    RomanNumeral,

    /// <summary>Another entity, e.g. the drug a product contains.</summary>
    Entity,
}

/// <summary>A predicate: what claims say about their subject, and how a report words one.</summary>
internal sealed record PredicateDefinition(
    string Id,
    string Topic,
    ValueKind ValueKind,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<string> Qualifiers,
    bool HasObject,
    bool Symmetric,
    string Statement,
    string NegatedStatement);
