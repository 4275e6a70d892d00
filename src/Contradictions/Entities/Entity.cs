namespace Contradictions.Entities;

/// <summary>A thing articles make claims about (a drug, an enantiomer, a product), as the pack defines it.</summary>
/// <param name="Id">The canonical id the pack gives it.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The pack's kind word, e.g. <c>racemic-drug</c>, <c>enantiomer</c>, <c>product</c>.</param>
/// <param name="Aliases">Other names for it, chemical names included.</param>
/// <param name="Brands">Brand names.</param>
/// <param name="Relations">How it relates to other entities.</param>
public sealed record Entity(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Brands,
    IReadOnlyList<EntityRelation> Relations);

/// <summary>A directed relation between two entities, e.g. an enantiomer <c>enantiomer-of</c> its racemic drug.</summary>
/// <param name="Kind">The relation kind's id.</param>
/// <param name="Target">The id of the entity the relation points to.</param>
public sealed record EntityRelation(string Kind, string Target);

/// <summary>A kind of relation between entities, as the pack defines it.</summary>
/// <param name="Id">The relation id, e.g. <c>contains</c>.</param>
/// <param name="Wording">How a report says it, with <c>{subject}</c> and <c>{object}</c> placeholders.</param>
/// <param name="SameAttribution">
/// True when a claim about the subject is a claim about the target too, so attributing an event to either is
/// not a conflict (a product and the drug it contains); false when they are different things (enantiomers).
/// </param>
public sealed record RelationKind(string Id, string Wording, bool SameAttribution);
