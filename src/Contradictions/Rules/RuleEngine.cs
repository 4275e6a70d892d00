using Contradictions.Claims;
using Contradictions.Entities;

namespace Contradictions.Rules;

/// <summary>Groups assertions by predicate and entity family, runs every rule over each group, and collects agreement.</summary>
internal sealed class RuleEngine(IReadOnlyList<ConflictRule> rules, RuleContext context)
{
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<Corroboration> Corroborations) Run(IReadOnlyList<Assertion> assertions)
    {
        var groups = Group(assertions, context.Entities);
        var findings = new List<Finding>();
        var corroborations = new List<Corroboration>();
        foreach (var group in groups)
        {
            foreach (var rule in rules.Where(r => r.Predicate == group.Predicate))
            {
                findings.AddRange(rule.Evaluate(group, context));
            }

            corroborations.AddRange(Corroborate(group));
        }

        findings.Sort(CompareFindings);
        var disputes = findings
            .SelectMany(f => f.Evidence.Select(e => (e.Assertion, f.Id)))
            .ToLookup(x => x.Assertion, x => x.Id, StringComparer.Ordinal);
        return (findings, corroborations.Select(c => c with
        {
            DisputedBy = c.Evidence.SelectMany(e => disputes[e.Assertion]).Distinct().Order(StringComparer.Ordinal).ToList(),
        }).ToList());
    }

    public static IReadOnlyList<AssertionGroup> Group(IReadOnlyList<Assertion> assertions, EntityCatalog entities) =>
        assertions
            .GroupBy(a => (a.Predicate, Family: entities.FamilyOf(a.Subject)))
            .OrderBy(g => g.Key.Predicate, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Family, StringComparer.Ordinal)
            .Select(g => new AssertionGroup(g.Key.Predicate, g.Key.Family, Ordered(g)))
            .ToList();

    /// <summary>Agreement: the same claim, about the same subject, from at least two sources (a reference fact counts as one).</summary>
    private IEnumerable<Corroboration> Corroborate(AssertionGroup group)
    {
        var qualifiers = context.Predicates[group.Predicate].Qualifiers;
        var clusters = Clusters.Connect(
            group.Assertions,
            a => Clusters.Key([a.Subject, a.ObjectEntity, a.Polarity.ToString(), a.Value?.Normalized, a.Date?.ToString(), .. qualifiers.Select(a.QualifierValue)]),
            (a, b) =>
            a.Subject == b.Subject
            && a.ObjectEntity == b.ObjectEntity
            && a.Polarity == b.Polarity
            && a.Value?.Normalized == b.Value?.Normalized
            && (a.Date is null) == (b.Date is null)
            && (a.Date is null || a.Date.Value.Overlaps(b.Date!.Value))
            && context.Compatible(a, b, qualifiers));
        foreach (var cluster in clusters)
        {
            var sources = cluster.Select(a => a.SourceId).Distinct(StringComparer.Ordinal).Count();
            if (sources < 2)
            {
                continue;
            }

            var date = cluster.Where(a => a.Date is not null).Select(a => a.Date!.Value).Aggregate((Claims.Normalizers.DateInterval?)null, (x, y) => x is null ? y : x.Value.Intersect(y) ?? x);
            var mostSpecific = cluster.OrderByDescending(a => a.IsReference).ThenByDescending(a => a.Qualifiers.Count).First();
            var evidence = cluster
                .OrderBy(a => a.IsReference)
                .ThenBy(a => a.SourceId, StringComparer.Ordinal)
                .ThenBy(a => a.Location.Offset)
                .Select(a => context.Evidence(a, "agrees"))
                .ToList();
            yield return new Corroboration(context.Predicates[group.Predicate].Topic, context.Wording.State(mostSpecific, date), sources, evidence, []);
        }
    }

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
