using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// One event attributed to different but related entities: the same dated approval credited to a drug in one
/// place and to its enantiomer in another. Entities linked by a relation that carries attribution (a product and
/// the drug it contains) count as one.
/// </summary>
internal sealed class AttributionRule(RuleSettings settings) : ConflictRule(settings)
{
    public override IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context)
    {
        var dated = group.Assertions.Where(a => a.Polarity == Polarity.Affirmed && a.Date is not null).ToList();
        var events = Clusters.Connect(dated, a => Clusters.Key(RuleContext.CompatibilityKey(a, Settings.MatchQualifiers)), (a, b) => a.Date!.Value.Overlaps(b.Date!.Value) && context.Compatible(a, b, Settings.MatchQualifiers));
        foreach (var cluster in events)
        {
            var byTarget = cluster
                .GroupBy(a => context.Entities.AttributionOf(a.Subject), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < byTarget.Count; i++)
            {
                for (var j = i + 1; j < byTarget.Count; j++)
                {
                    if (context.Entities.DescribePath(byTarget[i].Key, byTarget[j].Key).Count == 0)
                    {
                        continue; // Unrelated entities approved at the same time: two events, not one.
                    }

                    var relation = RelationBetween(context, byTarget[i], byTarget[j]);
                    if (relation.Count > 0)
                    {
                        yield return Conflict(context, byTarget[i].ToList(), byTarget[j].ToList(), relation);
                    }
                }
            }
        }
    }

    private Finding Conflict(RuleContext context, IReadOnlyList<Assertion> left, IReadOnlyList<Assertion> right, IReadOnlyList<string> relation)
    {
        var date = left.Concat(right).Select(a => a.Date!.Value).Aggregate((x, y) => x.Intersect(y) ?? x);
        var eventText = context.Wording.State(left.OrderByDescending(a => a.Qualifiers.Count).First(), date);
        var a = Names(context, left);
        var b = Names(context, right);
        var relationText = ClaimWording.Join(relation);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = a, ["b"] = b, ["relation"] = relationText, ["event"] = eventText };
        var message = $"One event is credited to {a} and to {b} (\u201C{eventText}\u201D), but {relationText}.";
        var reason = $"the dates overlap and the {ClaimWording.Join(Settings.MatchQualifiers)} agree, so both describe one event; its subjects are different drugs: {relationText}";
        return CreateFinding(context, message, values, [(a, left), (b, right)], reason);
    }

    /// <summary>The relation between the entities as the sources name them (the product, not only the drug it contains).</summary>
    private static IReadOnlyList<string> RelationBetween(RuleContext context, IEnumerable<Assertion> left, IEnumerable<Assertion> right)
    {
        var named = context.Entities.DescribePath(Representative(left), Representative(right));
        return named.Count > 0 ? named : context.Entities.DescribePath(context.Entities.AttributionOf(Representative(left)), context.Entities.AttributionOf(Representative(right)));
    }

    private static string Representative(IEnumerable<Assertion> side) =>
        side.GroupBy(a => a.Subject, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static string Names(RuleContext context, IReadOnlyList<Assertion> side) =>
        ClaimWording.Join(side.Select(a => a.Subject).Distinct().Order(StringComparer.Ordinal).Select(context.EntityName));
}
