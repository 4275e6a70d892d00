namespace Contradictions.Evaluation;

/// <summary>How well the extractor reads one predicate's claims (or all of them), against the gold claims.</summary>
/// <param name="Predicate">The predicate id, or <c>all</c> for the sum over every predicate.</param>
/// <param name="Found">Gold claims the extractor read exactly.</param>
/// <param name="Wrong">Assertions read that match no gold claim.</param>
/// <param name="Missed">Gold claims that no assertion matches.</param>
public sealed record PredicateScore(string Predicate, int Found, IReadOnlyList<ScoredClaim> Wrong, IReadOnlyList<ScoredClaim> Missed)
{
    /// <summary>How many gold claims there are: those found and those missed.</summary>
    public int Gold => Found + Missed.Count;

    /// <summary>The share of assertions read that are right: found / (found + wrong); 1 when nothing was read.</summary>
    public double Precision => Ratio(Found, Found + Wrong.Count);

    /// <summary>The share of gold claims read: found / gold; 1 when there are none.</summary>
    public double Recall => Ratio(Found, Gold);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
