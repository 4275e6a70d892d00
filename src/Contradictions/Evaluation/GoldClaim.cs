using Contradictions.Claims;

namespace Contradictions.Evaluation;

/// <summary>
/// One claim a careful reader found in an article, written in the normalized form the extractor gives: pack ids for
/// the subject, predicate, value, object and qualifiers, and the date as a date expression.
/// </summary>
/// <param name="Line">The 1-based line of the article the claim is on.</param>
/// <param name="Subject">The subject entity's id.</param>
/// <param name="Inferred">True when the subject is referred to ("it", "the drug") rather than named.</param>
/// <param name="Predicate">The predicate id.</param>
/// <param name="Value">The normalized value, when the predicate has one.</param>
/// <param name="ObjectEntity">The second entity's id, for predicates that relate two entities.</param>
/// <param name="Date">The date as written in the gold file (<c>1962</c>, <c>early 1960s</c>), or null.</param>
/// <param name="Polarity">Stated or denied.</param>
/// <param name="Modality">Stated as fact, capability, or hedged.</param>
/// <param name="Qualifiers">Qualifier ids mapped to value ids, in ordinal order of the qualifier.</param>
/// <param name="Says">The article's words, for the reader of the gold file; not compared.</param>
public sealed record GoldClaim(
    int Line,
    string Subject,
    bool Inferred,
    string Predicate,
    string? Value,
    string? ObjectEntity,
    string? Date,
    Polarity Polarity,
    Modality Modality,
    IReadOnlyDictionary<string, string> Qualifiers,
    string? Says)
{
    /// <summary>The 1-based line in the gold file where the claim is written.</summary>
    public int GoldLine { get; init; }

    /// <summary>The 1-based column in the gold file where the claim is written.</summary>
    public int GoldColumn { get; init; }
}
