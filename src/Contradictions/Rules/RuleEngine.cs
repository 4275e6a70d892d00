using Contradictions.Claims;
using Contradictions.Entities;

namespace Contradictions.Rules;

/// <summary>Groups assertions by predicate and entity family, runs every rule over each group, and collects agreement.</summary>
internal sealed class RuleEngine(IReadOnlyList<ConflictRule> rules, RuleContext pack)
{
    public RuleResult Run(IReadOnlyList<Assertion> assertions)
    {
        // Each run reads when its own claims hold; checks may run at the same time on one checker.
        var context = pack.ForRun();
        var groups = Group(assertions, context.Entities);
        var byKey = groups.ToDictionary(g => (g.Predicate, g.Family));
        var findings = new List<Finding>();
        var claims = new List<IReadOnlyList<Assertion>>();
        var clustersByGroup = new List<(AssertionGroup Group, List<IReadOnlyList<Assertion>> Clusters)>();
        var histories = new List<History>();
        foreach (var group in groups)
        {
            context.Date(group);
            histories.AddRange(Histories.Of(group, context));
            foreach (var rule in rules.Where(r => r.Predicate == group.Predicate))
            {
                findings.AddRange(rule.Evaluate(WithLaterEvents(rule, group, byKey), context).Where(f => !HedgedSides.All(f)));
            }

            var agreeing = Agreeing(group, context);
            claims.AddRange(agreeing);
            clustersByGroup.Add((group, agreeing));
        }

        findings.Sort(CompareFindings);

        // Agreement waits for every finding: an order rule's finding can refute a claim of another group.
        var agreement = new Agreement(context, Agreement.Refuted(findings));
        var corroborations = clustersByGroup.SelectMany(x => agreement.Corroborate(x.Group, x.Clusters)).ToList();
        var disputes = findings
            .SelectMany(f => f.Evidence.Select(e => (e.Assertion, f.Id)))
            .ToLookup(x => x.Assertion, x => x.Id, StringComparer.Ordinal);
        return new RuleResult(
            findings,
            corroborations.Select(c => c with
            {
                DisputedBy = c.Evidence.SelectMany(e => disputes[e.Assertion]).Distinct().Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
            claims,
            histories);
    }

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
    private static List<IReadOnlyList<Assertion>> Agreeing(AssertionGroup group, RuleContext context)
    {
        var qualifiers = context.Predicates[group.Predicate].Qualifiers;
        var specificFirst = group.Assertions.OrderByDescending(a => a.Qualifiers.Count + (a.Date is null ? 0 : 1)).ToList();
        var clusters = Clusters.Cliques(
            specificFirst,
            a => Clusters.Key([a.Subject, a.ObjectEntity, a.Polarity.ToString(), a.Value?.Normalized, .. context.CompatibilityKey(a, qualifiers)]),
            (a, b) =>
            a.Subject == b.Subject
            && a.ObjectEntity == b.ObjectEntity
            && a.Polarity == b.Polarity
            && a.Value?.Normalized == b.Value?.Normalized
            && (context.ValidityOf(a) is not null || ((a.Date is null) == (b.Date is null) && (a.Date is null || a.Date.Value.Overlaps(b.Date!.Value))))
            && context.Compatible(a, b, qualifiers));
        var position = group.Assertions.Select((a, i) => (a, i)).ToDictionary(p => (object)p.a, p => p.i, ReferenceEqualityComparer.Instance);
        return clusters.Select(c => (IReadOnlyList<Assertion>)c.OrderBy(a => position[a]).ToList()).OrderBy(c => position[c[0]]).ToList();
    }

    /// <summary>What the engine found: conflicts, agreement, every claim as a cluster of agreeing assertions, and the histories of values that change over time.</summary>
    internal sealed record RuleResult(
        IReadOnlyList<Finding> Findings,
        IReadOnlyList<Corroboration> Corroborations,
        IReadOnlyList<IReadOnlyList<Assertion>> Claims,
        IReadOnlyList<History> Histories);

    private static List<Assertion> Ordered(IEnumerable<Assertion> assertions) =>
        assertions
            .OrderBy(a => a.IsReference)
            .ThenBy(a => a.SourceId, StringComparer.Ordinal)
            .ThenBy(a => a.Offset)
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
