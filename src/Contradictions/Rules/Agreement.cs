using Contradictions.Claims;
using Contradictions.Packs;

namespace Contradictions.Rules;

/// <summary>
/// Agreement that means something: claims that say the same checkable thing, from an article and at least one more
/// article or reference fact, leaving out every claim a finding refutes (only that finding shows it).
/// </summary>
/// <param name="context">The pack's predicates, qualifiers and wording.</param>
/// <param name="refuted">The ids of the assertions findings refute (<see cref="Refuted"/>).</param>
internal sealed class Agreement(RuleContext context, HashSet<string> refuted)
{
    /// <summary>The ids of the article claims a finding's reference fact refutes: those on a side it does not support.</summary>
    public static HashSet<string> Refuted(IEnumerable<Finding> findings) =>
        findings
            .Where(f => f.ReferenceSupports is not null)
            .SelectMany(f => f.Evidence.Where(e => !e.Reference && e.Side != f.ReferenceSupports).Select(e => e.Assertion))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The corroborations among one group's clusters of agreeing claims (<see cref="RuleEngine"/>).</summary>
    public IEnumerable<Corroboration> Corroborate(AssertionGroup group, IReadOnlyList<IReadOnlyList<Assertion>> clusters)
    {
        foreach (var cluster in clusters)
        {
            foreach (var claim in SameClaims(cluster.Where(a => !refuted.Contains(a.Id)).ToList(), context.Predicates[group.Predicate].Qualifiers))
            {
                var articles = claim.Where(a => !a.IsReference).Select(a => a.SourceId).Distinct(StringComparer.Ordinal).Count();
                var facts = claim.Where(a => a.IsReference).Select(a => a.SourceId).Distinct(StringComparer.Ordinal).Count();
                var date = claim.Where(a => a.Date is not null).Select(a => a.Date!.Value).Aggregate((Claims.Normalizers.DateInterval?)null, (x, y) => x is null ? y : x.Value.Intersect(y) ?? x);
                var mostSpecific = MostSpecific(claim);
                if (articles == 0 || articles + facts < 2 || !Checkable(mostSpecific, date))
                {
                    continue;
                }

                var evidence = claim
                    .OrderBy(a => a.IsReference)
                    .ThenBy(a => a.SourceId, StringComparer.Ordinal)
                    .ThenBy(a => a.Location.Offset)
                    .Select(a => context.Evidence(a, "agrees"))
                    .ToList();
                var hedged = claim.Where(a => !a.IsReference).All(a => a.Modality == Modality.May) ? " (hedged)" : string.Empty;
                yield return new Corroboration(context.Predicates[group.Predicate].Topic, context.Wording.State(mostSpecific, date) + hedged, articles, evidence, []);
            }
        }
    }

    /// <summary>
    /// A cluster split into claims that say the same: the most specific claim with every claim that carries no other
    /// value of its qualifiers. A denial for a narrower use fits beside the denial for the broader use without
    /// contradicting it, but does not say it.
    /// </summary>
    private static IEnumerable<List<Assertion>> SameClaims(List<Assertion> cluster, IReadOnlyList<string> qualifiers)
    {
        var rest = cluster;
        while (rest.Count > 0)
        {
            var head = MostSpecific(rest);
            var same = rest.Where(a => qualifiers.All(q => a.QualifierValue(q) is not { } value || head.QualifierValue(q) is not { } other || value == other)).ToList();
            yield return same;
            rest = rest.Except(same).ToList();
        }
    }

    private static Assertion MostSpecific(IEnumerable<Assertion> claim) =>
        claim.OrderByDescending(a => a.IsReference).ThenByDescending(a => a.Qualifiers.Count).First();

    /// <summary>
    /// True when the claim says something a reader could check: the value of a predicate that has values (and its
    /// object, for one that relates two things); the date or a qualifier of an event without values ("approved by the
    /// agency", "in use since 1970", not "has been in use"). A standing property without values ("can cause a side
    /// effect") is checkable as it is said.
    /// </summary>
    private bool Checkable(Assertion claim, Claims.Normalizers.DateInterval? date)
    {
        var predicate = context.Predicates[claim.Predicate];
        if ((predicate.ValueKind != ValueKind.None && claim.Value is null) || (predicate.HasObject && claim.ObjectEntity is null))
        {
            return false;
        }

        return predicate.ValueKind != ValueKind.None || !predicate.Dated || date is not null || claim.Qualifiers.Count > 0;
    }
}
