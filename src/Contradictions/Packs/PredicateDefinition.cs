using Contradictions.Claims;

namespace Contradictions.Packs;

/// <summary>What kind of value a predicate's claims carry.</summary>
internal enum ValueKind
{
    /// <summary>No value: the claim is only stated or denied (with its date and qualifiers).</summary>
    None,

    /// <summary>One word from a closed list the pack defines.</summary>
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
    string NegatedStatement)
{
    /// <summary>
    /// For a symmetric predicate whose values have a direction ("more", "less"): the value that says the same
    /// once subject and object swap places.
    /// </summary>
    public IReadOnlyDictionary<string, string> Inverse { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True when a claim of this predicate is an event with a date: its statement has a place for one. A claim
    /// without it is a standing property ("is an NMDA antagonist"), and a date near it belongs to something else.
    /// </summary>
    public bool Dated => ChangesOverTime || Statement.Contains("{date}", StringComparison.Ordinal) || NegatedStatement.Contains("{date}", StringComparison.Ordinal);

    /// <summary>
    /// True when the predicate's value changes over time, as a schedule does: a dated claim holds from its date until the
    /// next dated change, and claims that hold at different times are a change, not a conflict.
    /// </summary>
    public bool ChangesOverTime { get; init; }

    /// <summary>The value as it reads after subject and object swap places.</summary>
    public ClaimValue? Swapped(ClaimValue? value) =>
        value is not null && Inverse.TryGetValue(value.Normalized, out var inverse) ? value with { Normalized = inverse } : value;
}
