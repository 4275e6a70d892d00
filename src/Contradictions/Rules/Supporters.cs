using Contradictions.Claims;
using Contradictions.Packs;
using Humanizer;

namespace Contradictions.Rules;

/// <summary>
/// Who stands behind a claim, counted the same way wherever a report counts it: distinct articles (not sentences), and
/// reference facts apart, with the kind of authority each cites ("2 sources and a reference fact (label)").
/// </summary>
internal static class Supporters
{
    public static string Words(IEnumerable<Evidence> evidence)
    {
        var all = evidence.ToList();
        var articles = all.Where(e => !e.Reference).Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
        var facts = all.Where(e => e.Reference).DistinctBy(e => e.Source, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (articles > 0)
        {
            parts.Add("source".ToQuantity(articles));
        }

        if (facts.Count > 0)
        {
            var kinds = facts.Where(e => e.Kind is not null).Select(e => FactKinds.Id(e.Kind!.Value)).Distinct(StringComparer.Ordinal).ToList();
            parts.Add((facts.Count == 1 ? "a reference fact" : "reference fact".ToQuantity(facts.Count)) + (kinds.Count == 0 ? string.Empty : $" ({string.Join(", ", kinds)})"));
        }

        return ClaimWording.Join(parts);
    }

    /// <summary>How many distinct articles and facts: one takes a singular verb.</summary>
    public static int Count(IEnumerable<Evidence> evidence) =>
        evidence.Select(e => (e.Reference, e.Source)).Distinct().Count();
}
