namespace Contradictions.Packs;

/// <summary>
/// What kind of authority a reference fact cites, so that a reader sees how much weight it carries. Written in a pack
/// and in reports by its id (<see cref="FactKinds"/>): <c>label</c>, <c>regulator</c>, <c>federal-register</c>,
/// <c>who</c>, <c>peer-reviewed</c>, <c>secondary</c>.
/// </summary>
public enum FactKind
{
    /// <summary>A secondary source (news, a blog, a reference site): findings only it decides are graded lower.</summary>
    Secondary,

    /// <summary>An approved prescribing label, from the regulator's label database.</summary>
    Label,

    /// <summary>A regulator's own announcement, database or programme page.</summary>
    Regulator,

    /// <summary>A statute, or a rule published in the Federal Register.</summary>
    FederalRegister,

    /// <summary>A publication, list or committee recommendation of the world's health body.</summary>
    Who,

    /// <summary>A peer-reviewed article or review.</summary>
    PeerReviewed,
}
