using System.Security.Cryptography;
using System.Text;
using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// A conflict rule from the pack. The kinds are a closed list (<see cref="RuleKinds"/>), one class each; every rule
/// looks at one predicate's assertion groups and reports findings with the evidence on each side.
/// </summary>
internal abstract class ConflictRule(RuleSettings settings)
{
    public RuleSettings Settings { get; } = settings;

    public string Id => Settings.Id;

    public string Predicate => Settings.Predicate;

    public abstract IEnumerable<Finding> Evaluate(AssertionGroup group, RuleContext context);

    /// <summary>Builds a finding from its sides; the message template's placeholders are filled from <paramref name="values"/>.</summary>
    protected Finding CreateFinding(
        RuleContext context,
        string defaultMessage,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<(string Label, IReadOnlyList<Assertion> Assertions)> sides,
        string reason)
    {
        var evidence = sides
            .SelectMany(side => side.Assertions
                .OrderBy(a => a.IsReference)
                .ThenBy(a => a.SourceId, StringComparer.Ordinal)
                .ThenBy(a => a.Location.Offset)
                .Select(a => context.Evidence(a, side.Label)))
            .ToList();
        var selfContradicting = sides
            .SelectMany(side => side.Assertions.Where(a => !a.IsReference).Select(a => a.SourceId).Distinct().Select(s => (s, side.Label)))
            .GroupBy(x => x.s, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Label).Distinct().Count() > 1)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

        var message = Settings.Message ?? defaultMessage;
        foreach (var (name, value) in values)
        {
            message = message.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        var supported = sides.Where(side => side.Assertions.Any(a => a.IsReference)).Select(side => side.Label).ToList();
        return new Finding(
            Fingerprint(values, sides.Select(side => side.Label)),
            Id,
            Settings.Severity,
            context.Predicates[Predicate].Topic,
            message,
            evidence,
            selfContradicting)
        {
            Reason = reason,
            ReferenceSupports = supported.Count == 1 ? supported[0] : null,

            // An article's words for a side where it has some, else the reference fact's.
            SideClaims = sides
                .Where(side => side.Assertions.Count > 0)
                .GroupBy(side => side.Label, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => SideClaim(context, g.SelectMany(side => side.Assertions).ToList()), StringComparer.Ordinal),
        };
    }

    /// <summary>A side's claim in words (its first article's, else its fact's), marked when the side only hedges it ("may", "is thought to").</summary>
    protected static string SideClaim(RuleContext context, List<Assertion> side) =>
        context.Wording.State(side.OrderBy(a => a.IsReference).ThenBy(a => a.SourceId, StringComparer.Ordinal).ThenBy(a => a.Location.Offset).First())
        + (side.All(a => a.Modality == Modality.May) ? " (hedged)" : string.Empty);

    /// <summary>
    /// The finding's id: the rule and what is in conflict (subject, sides, claim), never line numbers or the list of
    /// sources, so the same conflict keeps its id when articles are edited or more sources join a side.
    /// </summary>
    /// <summary>Message placeholders that word a conflict from whichever assertion comes first; they do not identify it.</summary>
    private static readonly HashSet<string> WordingOnly = new(StringComparer.Ordinal) { "claim", "event" };

    private string Fingerprint(IReadOnlyDictionary<string, string> values, IEnumerable<string> labels)
    {
        var key = string.Join('\n', new[] { Id, Predicate }
            .Concat(values.Where(v => !WordingOnly.Contains(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value))
            .Concat(labels.Order(StringComparer.Ordinal)));
        return Id + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
    }

    /// <summary>Splits assertions into the comparable claims about one subject (and object, for relating predicates).</summary>
    protected static IEnumerable<IGrouping<string, Assertion>> BySubject(IEnumerable<Assertion> assertions, bool withObject = true) =>
        assertions.GroupBy(a => withObject ? a.Subject + "|" + a.ObjectEntity : a.Subject, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
}

/// <summary>The settings every rule kind shares, as read from its pack file.</summary>
/// <param name="Id">The rule id: the file name without extension.</param>
/// <param name="Kind">The rule kind, one of <see cref="RuleKinds.All"/>.</param>
/// <param name="Predicate">The predicate whose assertions it compares.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Message">A message template, or null for the kind's default wording.</param>
/// <param name="Compare">For exclusive-values: what must agree (value, object, date, or a qualifier name).</param>
/// <param name="MatchQualifiers">Qualifiers that, when both sides have them, must be compatible for the claims to be about the same thing.</param>
/// <param name="SameQualifiers">For polarity: qualifiers both sides must have; the denial must cover the claim.</param>
/// <param name="ScopeQualifiers">For polarity: a denial limited by one of these only contradicts claims with the same limit.</param>
/// <param name="Description">What the rule checks, for documentation and SARIF.</param>
/// <param name="Precedes">For order: the predicate whose event comes after this rule's predicate's event.</param>
/// <param name="ToleranceYears">For exclusive-values on dates: dates this many years apart or less agree.</param>
internal sealed record RuleSettings(
    string Id,
    string Kind,
    string Predicate,
    Severity Severity,
    string? Message,
    string Compare,
    IReadOnlyList<string> MatchQualifiers,
    IReadOnlyList<string> SameQualifiers,
    IReadOnlyList<string> ScopeQualifiers,
    string Description,
    string? Precedes = null,
    int ToleranceYears = 0)
{
    /// <summary>
    /// For attribution: qualifiers that identify an event when a side has no date. Claims that both name them, with
    /// equal values (and equal values of the predicate), describe one event: an approval for one named use is one
    /// approval, whenever it was.
    /// </summary>
    public IReadOnlyList<string> IdentifyBy { get; init; } = [];
}
