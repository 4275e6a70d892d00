using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// One event attributed to different but related entities: the same approval credited to a drug in one place and
/// to its enantiomer in another. Claims describe one event when their dates overlap, or, where a side has no date,
/// when they name the same identifying qualifiers (<see cref="RuleSettings.IdentifyBy"/>). Entities linked by a
/// relation that carries attribution (a product and the drug it contains) count as one.
/// </summary>
internal sealed class AttributionRule(RuleSettings settings) : ConflictRule(settings)
{
    public override IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context)
    {
        var events = Clusters.Connect(
            group.Assertions.Where(a => a.Polarity == Polarity.Affirmed && (a.Date is not null || Identified(a))).ToList(),
            a => Clusters.Key([a.Value?.Normalized, .. Settings.IdentifyBy.Select(a.QualifierValue), .. context.CompatibilityKey(a, Settings.MatchQualifiers)]),
            (a, b) => OneEvent(a, b) && context.Compatible(a, b, Settings.MatchQualifiers));
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

    /// <summary>True when the claim names every identifying qualifier, so that it needs no date to be one event.</summary>
    private bool Identified(Assertion a) => Settings.IdentifyBy.Count > 0 && Settings.IdentifyBy.All(q => a.QualifierValue(q) is not null);

    /// <summary>Overlapping dates, or, where a side has none, the same value and identifying qualifiers.</summary>
    private bool OneEvent(Assertion a, Assertion b) =>
        a.Date is { } da && b.Date is { } db
            ? da.Overlaps(db)
            : Identified(a) && Identified(b) && a.Value?.Normalized == b.Value?.Normalized
              && Settings.IdentifyBy.All(q => a.QualifierValue(q) == b.QualifierValue(q));

    private Finding Conflict(RuleContext context, List<Assertion> left, List<Assertion> right, IReadOnlyList<string> relation)
    {
        var dates = left.Concat(right).Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();
        var date = dates.Count == 0 ? (Claims.Normalizers.DateInterval?)null : dates.Aggregate((x, y) => x.Intersect(y) ?? x);
        var eventText = context.Wording.State(left.OrderByDescending(a => a.Qualifiers.Count).First(), date);
        var a = Names(context, left);
        var b = Names(context, right);
        var relationText = ClaimWording.Join(relation);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = a, ["b"] = b, ["relation"] = relationText, ["event"] = eventText };
        var message = $"One event is credited to {a} and to {b} (\u201C{eventText}\u201D), but {relationText}.";
        var sameEvent = dates.Count == left.Count + right.Count
            ? $"the dates overlap and the {ClaimWording.Join(Settings.MatchQualifiers)} agree"
            : $"the {ClaimWording.Join(Settings.IdentifyBy)} {(Settings.IdentifyBy.Count == 1 ? "is" : "are")} the same and the {ClaimWording.Join(Settings.MatchQualifiers)} agree, with a date missing on one side";
        var reason = $"{sameEvent}, so both describe one event; its subjects are different drugs: {relationText}";
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

    /// <summary>A side is named by the subject most of its claims name: the product, say, though one claim names the drug it contains.</summary>
    private static string Names(RuleContext context, IReadOnlyList<Assertion> side) => context.EntityName(Representative(side));
}
