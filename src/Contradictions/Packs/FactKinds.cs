namespace Contradictions.Packs;

/// <summary>The closed list of fact kinds, by the ids packs and reports write them with.</summary>
internal static class FactKinds
{
    private static readonly Dictionary<string, FactKind> ById = new(StringComparer.Ordinal)
    {
        ["label"] = FactKind.Label,
        ["regulator"] = FactKind.Regulator,
        ["federal-register"] = FactKind.FederalRegister,
        ["who"] = FactKind.Who,
        ["peer-reviewed"] = FactKind.PeerReviewed,
        ["secondary"] = FactKind.Secondary,
    };

    /// <summary>Every id, strongest authority first, as a pack error lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ById.Keys];

    /// <summary>The id of a kind, e.g. <c>federal-register</c>.</summary>
    public static string Id(FactKind kind) => ById.First(p => p.Value == kind).Key;

    /// <summary>The kind with this id, or null for an id not on the list.</summary>
    public static FactKind? Parse(string? id) => id is not null && ById.TryGetValue(id, out var kind) ? kind : null;
}
