namespace Contradictions.Evaluation;

/// <summary>Precision and recall of the extractor against gold claims, per predicate and over all of them.</summary>
/// <param name="ByPredicate">One score per predicate that has a gold claim or an assertion, in ordinal order of id.</param>
public sealed record ClaimScores(IReadOnlyList<PredicateScore> ByPredicate)
{
    /// <summary>The sum over every predicate, named <c>all</c>.</summary>
    public PredicateScore All => new(
        "all",
        ByPredicate.Sum(p => p.Found),
        ByPredicate.SelectMany(p => p.Wrong).ToList(),
        ByPredicate.SelectMany(p => p.Missed).ToList());
}
