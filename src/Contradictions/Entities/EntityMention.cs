namespace Contradictions.Entities;

/// <summary>A place in a sentence that names an entity, directly or through a word such as "it" or "the drug".</summary>
/// <param name="EntityId">The entity meant.</param>
/// <param name="Offset">Character offset in the source text.</param>
/// <param name="Text">The words used.</param>
/// <param name="Inferred">True when the words do not name the entity and it was resolved from earlier text.</param>
internal sealed record EntityMention(string EntityId, int Offset, string Text, bool Inferred)
{
    /// <summary>The block (paragraph, heading, bullet) the mention stands in.</summary>
    public int Block { get; init; }

    /// <summary>True when the name stands aside from its sentence's claims: "a form of X", "Y" in "X, sold as Y,".</summary>
    public bool SetAside { get; init; }
}
