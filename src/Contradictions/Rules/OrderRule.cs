using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// Two events of one subject that come in a known order: a drug is made before it is first given to people. A claim
/// of the first event dated wholly after a claim of the second is a conflict, within one source or across sources.
/// The engine hands this rule its predicate's group joined with the same family's group of the later predicate.
/// </summary>
internal sealed class OrderRule(RuleSettings settings) : ConflictRule(settings)
{
    private string Later => Settings.Precedes!;

    public override IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context)
    {
        foreach (var claims in BySubject(group.Assertions.Where(a => a.Polarity == Polarity.Affirmed && a.Date is not null), withObject: false))
        {
            var first = claims.Where(a => a.Predicate == Predicate).ToList();
            var second = claims.Where(a => a.Predicate == Later).ToList();
            var tooLate = first.Where(a => second.Exists(b => After(a, b))).ToList();
            var tooEarly = second.Where(b => first.Exists(a => After(a, b))).ToList();
            if (tooLate.Count > 0 && tooEarly.Count > 0)
            {
                yield return Conflict(context, tooLate, tooEarly);
            }
        }
    }

    private static bool After(Assertion first, Assertion second) => first.Date!.Value.Start > second.Date!.Value.End;

    private Finding Conflict(RuleContext context, List<Assertion> tooLate, List<Assertion> tooEarly)
    {
        var subject = context.EntityName(tooLate[0].Subject);
        var a = Dates(tooLate);
        var b = Dates(tooEarly);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["subject"] = subject, ["a"] = a, ["b"] = b };
        var message = $"Events out of order for {subject}: \u201C{SideClaim(context, tooLate)}\u201D, yet \u201C{SideClaim(context, tooEarly)}\u201D.";
        var reason = $"{Predicate} comes before {Later}, and {a} is after {b}";
        return CreateFinding(context, message, values, [(Predicate + " " + a, tooLate), (Later + " " + b, tooEarly)], reason);
    }

    /// <summary>A side's dates, earliest first: "1965", or "1965, 1966".</summary>
    private static string Dates(List<Assertion> side) =>
        string.Join(", ", side.Select(a => a.Date!.Value).Distinct().Order().Select(d => d.ToString()));
}
