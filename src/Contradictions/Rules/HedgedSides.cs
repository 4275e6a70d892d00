using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// The sides of a finding that are only hedged: every claim on them is said with "may", "is thought to", "reportedly"
/// (modality <c>may</c>). A capability ("can cause") is not a hedge: it claims something that happens.
/// </summary>
internal static class HedgedSides
{
    /// <summary>True when every side is only hedged: two guesses that differ are not a conflict.</summary>
    public static bool All(Finding finding) => Sides(finding).All(side => side.All(IsHedged));

    /// <summary>
    /// The contrary sides that are only hedged. With a reference fact, the contrary sides are those it does not
    /// support; without one, either side is contrary to the other.
    /// </summary>
    public static IReadOnlyList<string> Contrary(Finding finding) =>
        Sides(finding).Where(side => side.Key != finding.ReferenceSupports && side.All(IsHedged)).Select(side => side.Key).ToList();

    /// <summary>A reference fact is the pack's own statement: whatever its modality, it is not an article's hedge.</summary>
    private static bool IsHedged(Evidence evidence) => !evidence.Reference && evidence.Modality == Modality.May;

    private static IEnumerable<IGrouping<string, Evidence>> Sides(Finding finding) =>
        finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal);
}
