using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Humanizer;

namespace Contradictions.Rules;

/// <summary>
/// A single-valued predicate: one subject cannot have two values (two values of one enum; two schedules).
/// Dates compare as intervals, so "early 1960s" and "1962" agree; other values must be equal. A denial that names
/// no value ("is not a controlled substance", "was descheduled") denies every value, so it contradicts each one.
/// </summary>
internal sealed class ExclusiveValuesRule(RuleSettings settings) : ConflictRule(settings)
{
    public override IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context)
    {
        foreach (var claims in Comparable(group))
        {
            var valued = claims.Where(a => Key(a) is not null).ToList();
            var sides = Settings.Compare switch
            {
                "date" => Clusters.Connect(valued, a => a.Date!.Value, (a, b) => Agree(a.Date!.Value, b.Date!.Value)),
                "factor" => Clusters.Connect(valued, a => (a.Factor!.Low, a.Factor.High), (a, b) => a.Factor!.Overlaps(b.Factor!)),
                _ => valued.GroupBy(a => Key(a)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<Assertion>)g.ToList()).ToList(),
            };
            for (var i = 0; i < sides.Count; i++)
            {
                for (var j = i + 1; j < sides.Count; j++)
                {
                    var (left, right) = Facing(sides[i], sides[j], context);
                    if (left.Count > 0 && right.Count > 0)
                    {
                        yield return Conflict(context, left, right);
                    }
                }
            }
        }

        if (Settings.Compare == "value")
        {
            foreach (var finding in Denials(group, context))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Each stated value against the denials without a value that must hold at the same time.</summary>
    private IEnumerable<Finding> Denials(AssertionGroup group, RuleContext context)
    {
        foreach (var claims in BySubject(group.Assertions))
        {
            var denials = claims.Where(a => a.Polarity == Polarity.Negated && a.Value is null).ToList();
            if (denials.Count == 0)
            {
                continue;
            }

            foreach (var value in claims.Where(a => a.Polarity == Polarity.Affirmed && a.Value is not null).GroupBy(a => a.Value!.Normalized, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var (stated, denying) = Facing(value.ToList(), denials, context);
                if (stated.Count > 0 && denying.Count > 0)
                {
                    yield return Conflict(context, stated, denying, $"a denial that names no {Settings.Compare} denies every one, {context.Wording.ValueText(stated[0])} among them");
                }
            }
        }
    }

    /// <summary>The claims of each side that meet at least one claim of the other: what the two sides of a conflict show.</summary>
    private (List<Assertion> Left, List<Assertion> Right) Facing(IReadOnlyList<Assertion> left, IReadOnlyList<Assertion> right, RuleContext context)
    {
        var facingLeft = WithACompatible(left, right, context, (a, b) => context.Compatible(a, b, Settings.MatchQualifiers));
        return (facingLeft, WithACompatible(right, facingLeft, context, (b, a) => context.Compatible(a, b, Settings.MatchQualifiers)));
    }

    /// <summary>
    /// The claims of <paramref name="side"/> compatible with at least one of <paramref name="others"/>. Compatibility
    /// reads only the matched qualifiers and dates, so each distinct set of them is tested once against each distinct set on
    /// the other side.
    /// </summary>
    private List<Assertion> WithACompatible(IReadOnlyList<Assertion> side, IReadOnlyList<Assertion> others, RuleContext context, Func<Assertion, Assertion, bool> compatible)
    {
        var otherKinds = others.DistinctBy(a => Qualifiers(a, context), StringComparer.Ordinal).ToList();
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        return side.Where(a =>
        {
            var kind = Qualifiers(a, context);
            if (!verdicts.TryGetValue(kind, out var verdict))
            {
                verdicts[kind] = verdict = otherKinds.Exists(b => compatible(a, b));
            }

            return verdict;
        }).ToList();
    }

    /// <summary>
    /// The stated claims that can disagree: about one subject, and one object unless objects are compared; factors
    /// are compared only between claims that also say the same direction ("four times stronger", "twice as strong").
    /// </summary>
    private IEnumerable<IEnumerable<Assertion>> Comparable(AssertionGroup group)
    {
        foreach (var claims in BySubject(group.Assertions.Where(a => a.Polarity == Polarity.Affirmed), withObject: Settings.Compare != "object"))
        {
            if (Settings.Compare != "factor")
            {
                yield return claims;
                continue;
            }

            foreach (var direction in claims.GroupBy(a => a.Value?.Normalized ?? string.Empty, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                yield return direction;
            }
        }
    }

    /// <summary>
    /// Overlapping dates agree, and so do two dates of a year or less each that lie within the rule's tolerance: "since
    /// 1971" meets "since 1970" at one year. A decade is not stretched, so it cannot join 1964 to 1970.
    /// </summary>
    private bool Agree(DateInterval a, DateInterval b) =>
        a.Overlaps(b)
        || (Settings.ToleranceYears > 0 && WithinAYear(a) && WithinAYear(b)
            && new DateInterval(a.Start.AddYears(-Settings.ToleranceYears), a.End.AddYears(Settings.ToleranceYears)).Overlaps(b));

    private static bool WithinAYear(DateInterval date) => date.End < date.Start.AddYears(1);

    private string Qualifiers(Assertion a, RuleContext context) => Clusters.Key(context.CompatibilityKey(a, Settings.MatchQualifiers));

    private Finding Conflict(RuleContext context, List<Assertion> left, List<Assertion> right, string? why = null)
    {
        var first = left[0];
        var a = Label(context, left);
        var b = Label(context, right);
        var subject = context.EntityName(first.Subject) + (first.ObjectEntity is null || Settings.Compare == "object" ? string.Empty : " and " + context.EntityName(first.ObjectEntity));
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["subject"] = subject, ["a"] = a, ["b"] = b };
        var message = $"Sources disagree on {context.Predicates[Predicate].Topic} for {subject}: \u201C{SideClaim(context, left)}\u201D or \u201C{SideClaim(context, right)}\u201D.";
        var reason = why is not null ? why
            : Settings.Compare == "factor" ? $"the factors {a} and {b} do not overlap, for the same two things compared the same way"
            : Settings.Compare == "date"
            ? $"the dates {a} and {b} do not overlap" + (Settings.ToleranceYears > 0 ? $" and lie more than {"year".ToQuantity(Settings.ToleranceYears)} apart" : string.Empty)
            : $"{Settings.Compare} is single-valued for one subject, and {a} differs from {b}";
        return CreateFinding(context, message, values, [(a, left), (b, right)], reason);
    }

    private string Label(RuleContext context, List<Assertion> side) => Settings.Compare switch
    {
        "date" => side.Select(a => a.Date!.Value).Aggregate((x, y) => x.Intersect(y) ?? x).ToString(),
        "value" => side[0].Value is null ? "none" : context.Wording.ValueText(side[0]),
        "factor" => Factors(side),
        "object" => context.EntityName(side[0].ObjectEntity!),
        _ => context.Wording.QualifierText(Settings.Compare, side[0].QualifierValue(Settings.Compare)!),
    };

    /// <summary>A side's factors, smallest first: "4×", or "2×, 2–3×".</summary>
    private static string Factors(List<Assertion> side) =>
        string.Join(", ", side.Select(a => a.Factor!).DistinctBy(f => (f.Low, f.High)).OrderBy(f => f.Low).ThenBy(f => f.High).Select(f => f.ToString()));

    private string? Key(Assertion a) => Settings.Compare switch
    {
        "date" => a.Date?.ToString(),
        "value" => a.Value?.Normalized,
        "factor" => a.Factor?.ToString(),
        "object" => a.ObjectEntity,
        _ => a.QualifierValue(Settings.Compare),
    };
}
