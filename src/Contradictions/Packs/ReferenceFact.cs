using Contradictions.Claims;

namespace Contradictions.Packs;

/// <summary>A fact the pack holds as an authority, with the address it can be checked at, and the claims it makes.</summary>
/// <param name="Id">The fact id, as the pack names it.</param>
/// <param name="Statement">The fact in words.</param>
/// <param name="Url">Where it can be checked: the strongest source.</param>
/// <param name="Claims">The fact as assertions; each has <see cref="Assertion.IsReference"/> set.</param>
public sealed record ReferenceFact(string Id, string Statement, string Url, IReadOnlyList<Assertion> Claims)
{
    /// <summary>The kind of authority <see cref="Url"/> is; a fact built without one is taken as secondary.</summary>
    public FactKind Kind { get; init; } = FactKind.Secondary;

    /// <summary>Further addresses that say the same, e.g. a secondary copy kept beside a primary one.</summary>
    public IReadOnlyList<string> Also { get; init; } = [];
}
