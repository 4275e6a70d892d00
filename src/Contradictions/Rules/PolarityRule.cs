using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// A claim stated by one side and denied outright by the other. Modality matters: "does not cause" contradicts
/// "can cause at some doses", but "may not cause" is a hedge and contradicts nothing. A denial limited by a scope
/// qualifier ("not at the doses given in clinics") only contradicts claims with the same limit.
/// </summary>
internal sealed class PolarityRule(RuleSettings settings) : ConflictRule(settings)
{
    public override IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context)
    {
        foreach (var claims in BySubject(group.Assertions))
        {
            var candidates = claims.Where(a => a.Polarity == Polarity.Affirmed || a.Modality == Modality.States).ToList();
            var pairs = Clusters.Connect(candidates, a => Key(a, context), (a, b) => Contradict(a, b, context) || Contradict(b, a, context));
            foreach (var cluster in pairs.Where(c => c.Count > 1))
            {
                var denied = cluster.Where(a => a.Polarity == Polarity.Negated).ToList();
                var stated = cluster.Where(a => a.Polarity == Polarity.Affirmed).ToList();
                var first = stated[0];
                var subject = context.EntityName(first.Subject);
                var claimText = context.Wording.State(first, null);
                var values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["subject"] = subject,
                    ["claim"] = claimText,
                    ["value"] = first.Value?.Normalized ?? string.Empty,
                    ["covers"] = string.Join(',', denied.SelectMany(a => Settings.SameQualifiers.Select(q => q + ":" + a.QualifierValue(q))).Distinct().Order(StringComparer.Ordinal)),
                };
                var (states, denies) = (stated.Select(a => context.Evidence(a, "states")).ToList(), denied.Select(a => context.Evidence(a, "denies")).ToList());
                var message = $"Sources disagree whether {claimText}: {Supporters.Words(states)} {Verb(states, "says so", "say so")}, {Supporters.Words(denies)} {Verb(denies, "denies it", "deny it")}.";
                var scope = Settings.SameQualifiers.Concat(Settings.ScopeQualifiers).ToList();
                var reason = "a denial stated as fact (not hedged with may or might) covers what the other side states"
                    + (scope.Count == 0 ? string.Empty : $"; the denial's {ClaimWording.Join(scope)} covers the claim's");
                yield return CreateFinding(context, message, values, [("states", stated), ("denies", denied)], reason);
            }
        }
    }

    /// <summary>All that <see cref="Contradict"/> reads of one assertion.</summary>
    private string Key(Assertion a, RuleContext context) =>
        Clusters.Key([a.Polarity.ToString(), a.Modality.ToString(), a.Value?.Normalized, .. context.CompatibilityKey(a, Settings.MatchQualifiers.Concat(Settings.SameQualifiers).Concat(Settings.ScopeQualifiers))]);

    private static string Verb(IReadOnlyList<Evidence> side, string one, string many) =>
        Supporters.Count(side) == 1 ? one : many;

    /// <summary>True when <paramref name="denied"/> is a certain denial that covers what <paramref name="stated"/> claims.</summary>
    private bool Contradict(Assertion denied, Assertion stated, RuleContext context)
    {
        if (denied.Polarity != Polarity.Negated || denied.Modality != Modality.States || stated.Polarity != Polarity.Affirmed)
        {
            return false;
        }

        if (denied.Value?.Normalized != stated.Value?.Normalized || !context.Compatible(denied, stated, Settings.MatchQualifiers))
        {
            return false;
        }

        foreach (var name in Settings.SameQualifiers)
        {
            var broader = denied.QualifierValue(name);
            var narrower = stated.QualifierValue(name);
            if (broader is null || narrower is null || !context.Subsumes(name, broader, narrower))
            {
                return false;
            }
        }

        foreach (var name in Settings.ScopeQualifiers)
        {
            var limit = denied.QualifierValue(name);
            if (limit is not null && (stated.QualifierValue(name) is not { } claimed || !context.Subsumes(name, limit, claimed)))
            {
                return false;
            }
        }

        return true;
    }
}
