using Contradictions.Claims;
using Contradictions.Entities;
using Contradictions.Packs;

namespace Contradictions.Rules;

/// <summary>Groups assertions by predicate and entity family, runs every rule over each group, and collects agreement.</summary>
internal sealed class RuleEngine(IReadOnlyList<ConflictRule> rules, RuleContext context)
{
    public RuleResult Run(IReadOnlyList<Assertion> assertions)
    {
        var groups = Group(assertions, context.Entities);
        var byKey = groups.ToDictionary(g => (g.Predicate, g.Family));
        var findings = new List<Finding>();
        var claims = new List<IReadOnlyList<Assertion>>();
        var agreement = new List<(AssertionGroup Group, List<IReadOnlyList<Assertion>> Clusters)>();
        foreach (var group in groups)
        {
            foreach (var rule in rules.Where(r => r.Predicate == group.Predicate))
            {
                findings.AddRange(rule.Evaluate(WithLaterEvents(rule, group, byKey), context).Where(f => !HedgedSides.All(f)));
            }

            var agreeing = Agreeing(group);
            claims.AddRange(agreeing);
            agreement.Add((group, agreeing));
        }

        findings.Sort(CompareFindings);

        // Agreement waits for every finding: an order rule's finding can refute a claim of another group.
        var refuted = Refuted(findings);
        var corroborations = agreement.SelectMany(x => Corroborate(x.Group, x.Clusters, refuted)).ToList();
        var disputes = findings
            .SelectMany(f => f.Evidence.Select(e => (e.Assertion, f.Id)))
            .ToLookup(x => x.Assertion, x => x.Id, StringComparer.Ordinal);
        return new RuleResult(
            findings,
            corroborations.Select(c => c with
            {
                DisputedBy = c.Evidence.SelectMany(e => disputes[e.Assertion]).Distinct().Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
            claims);
    }

    /// <summary>The ids of the article claims a finding's reference fact refutes: those on a side it does not support.</summary>
    private static HashSet<string> Refuted(IEnumerable<Finding> findings) =>
        findings
            .Where(f => f.ReferenceSupports is not null)
            .SelectMany(f => f.Evidence.Where(e => !e.Reference && e.Side != f.ReferenceSupports).Select(e => e.Assertion))
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<AssertionGroup> Group(IReadOnlyList<Assertion> assertions, EntityCatalog entities) =>
        assertions
            .GroupBy(a => (a.Predicate, Family: entities.FamilyOf(a.Subject)))
            .OrderBy(g => g.Key.Predicate, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Family, StringComparer.Ordinal)
            .Select(g => new AssertionGroup(g.Key.Predicate, g.Key.Family, Ordered(g)))
            .ToList();

    /// <summary>An order rule also sees the family's claims of the event that comes second.</summary>
    private static AssertionGroup WithLaterEvents(ConflictRule rule, AssertionGroup group, Dictionary<(string, string), AssertionGroup> byKey) =>
        rule.Settings.Precedes is { } later && byKey.TryGetValue((later, group.Family), out var second)
            ? group with { Assertions = [.. group.Assertions, .. second.Assertions] }
            : group;

    /// <summary>Assertions that say the same thing about the same subject, in clusters: one claim each.</summary>
    private List<IReadOnlyList<Assertion>> Agreeing(AssertionGroup group)
    {
        var qualifiers = context.Predicates[group.Predicate].Qualifiers;
        var specificFirst = group.Assertions.OrderByDescending(a => a.Qualifiers.Count + (a.Date is null ? 0 : 1)).ToList();
        var clusters = Clusters.Cliques(
            specificFirst,
            a => Clusters.Key([a.Subject, a.ObjectEntity, a.Polarity.ToString(), a.Value?.Normalized, .. RuleContext.CompatibilityKey(a, qualifiers)]),
            (a, b) =>
            a.Subject == b.Subject
            && a.ObjectEntity == b.ObjectEntity
            && a.Polarity == b.Polarity
            && a.Value?.Normalized == b.Value?.Normalized
            && (a.Date is null) == (b.Date is null)
            && (a.Date is null || a.Date.Value.Overlaps(b.Date!.Value))
            && context.Compatible(a, b, qualifiers));
        var position = group.Assertions.Select((a, i) => (a, i)).ToDictionary(p => (object)p.a, p => p.i, ReferenceEqualityComparer.Instance);
        return clusters.Select(c => (IReadOnlyList<Assertion>)c.OrderBy(a => position[a]).ToList()).OrderBy(c => position[c[0]]).ToList();
    }

    /// <summary>
    /// Agreement: the same checkable claim, about the same subject, from at least two supporters of which one at least
    /// is an article; a claim a finding refutes is left out, as only that finding shows it.
    /// </summary>
    private IEnumerable<Corroboration> Corroborate(AssertionGroup group, IReadOnlyList<IReadOnlyList<Assertion>> clusters, HashSet<string> refuted)
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

    /// <summary>What the engine found: conflicts, agreement, and every claim as a cluster of agreeing assertions.</summary>
    internal sealed record RuleResult(
        IReadOnlyList<Finding> Findings,
        IReadOnlyList<Corroboration> Corroborations,
        IReadOnlyList<IReadOnlyList<Assertion>> Claims);

    private static List<Assertion> Ordered(IEnumerable<Assertion> assertions) =>
        assertions
            .OrderBy(a => a.IsReference)
            .ThenBy(a => a.SourceId, StringComparer.Ordinal)
            .ThenBy(a => a.Location.Offset)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

    private static int CompareFindings(Finding x, Finding y)
    {
        var a = x.Evidence.FirstOrDefault(e => !e.Reference) ?? x.Evidence[0];
        var b = y.Evidence.FirstOrDefault(e => !e.Reference) ?? y.Evidence[0];
        var order = string.CompareOrdinal(a.Source, b.Source);
        order = order != 0 ? order : a.Line.CompareTo(b.Line);
        order = order != 0 ? order : a.Column.CompareTo(b.Column);
        order = order != 0 ? order : string.CompareOrdinal(x.Rule, y.Rule);
        return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
    }
}
