namespace Contradictions.Evaluation;

/// <summary>A gold claim the extractor missed, or an assertion it read that no gold claim has.</summary>
/// <param name="File">The article's file name.</param>
/// <param name="Line">The 1-based line of the article.</param>
/// <param name="Predicate">The predicate id.</param>
/// <param name="Claim">Everything compared but the line, e.g. <c>drug-x (inferred) approval date=1970 jurisdiction=us</c>.</param>
/// <param name="Words">The gold claim's <c>says</c>, or the sentence the assertion was read from; empty when the gold file gives none.</param>
public sealed record ScoredClaim(string File, int Line, string Predicate, string Claim, string Words)
{
    /// <summary>
    /// For a missed claim, what the pack does not know of it (an entity, a predicate, a qualifier value, a date it
    /// cannot read), which no pattern can then read; null when the pack knows all of it.
    /// </summary>
    public string? Note { get; init; }
}
