using System.Globalization;
using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// How a subject's value changed over time, as the sources and reference facts tell it, for a predicate whose value
/// changes over time (a schedule): the report's timeline. It shows why claims that disagree are a change rather than a
/// conflict, and where a source's date stands against the others'.
/// </summary>
/// <param name="Topic">The predicate's topic.</param>
/// <param name="Subject">The subject's name.</param>
/// <param name="Steps">Each state with when it holds, earliest first.</param>
public sealed record History(string Topic, string Subject, IReadOnlyList<HistoryStep> Steps);

/// <summary>One state of a <see cref="History"/>, and the claims that place it in time.</summary>
/// <param name="Holds">When it holds, as the engine weighs it: "from 2020-04-06", "2018-09 to 2020-03-31", "at some time up to 2018-12-31".</param>
/// <param name="Statement">The state, in the pack's wording, without its date.</param>
/// <param name="Evidence">Where each source or fact says it; the side is the state's value, or <c>none</c> for a denial of every value.</param>
public sealed record HistoryStep(string Holds, string Statement, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// The histories of one group (<see cref="RuleEngine"/>): for each subject, the claims that place a state in time (a
/// dated change, a reference fact, a claim bounded by "until", "formerly" or "later"), when at least two states are
/// told and an article tells one. A claim with no time words holds when its source was written; rules weigh it, and a
/// history leaves it out, since it tells no change.
/// </summary>
internal static class Histories
{
    public static IEnumerable<History> Of(AssertionGroup group, RuleContext context)
    {
        var predicate = context.Predicates[group.Predicate];
        if (!predicate.ChangesOverTime)
        {
            yield break; // Only such a predicate's claims have validities (RuleContext.Date).
        }

        var placed = group.Assertions
            .Where(a => (a.Bound != TimeBound.None || (a.Date ?? a.AsOf) is not null) && context.ValidityOf(a) is not null)
            .GroupBy(a => (a.Subject, a.ObjectEntity))
            .OrderBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ObjectEntity, StringComparer.Ordinal);
        foreach (var subject in placed)
        {
            var states = subject.Select(State).Distinct(StringComparer.Ordinal).Count();
            if (states < 2 || subject.All(a => a.IsReference))
            {
                continue;
            }

            // A step is one state over one span; its statement is its most specific claim's, a fact's first.
            var steps = subject
                .GroupBy(a => (Validity: context.ValidityOf(a)!.Value, State: State(a)))
                .Select(s => (s.Key.Validity, Statement: Statement(s.OrderByDescending(a => a.IsReference).ThenByDescending(a => a.Qualifiers.Count).First(), context), Claims: s))
                .OrderBy(s => s.Validity.From)
                .ThenBy(s => s.Validity.To)
                .ThenBy(s => s.Statement, StringComparer.Ordinal)
                .Select(s => new HistoryStep(
                    Holds(s.Validity, s.Claims.First() is { Bound: TimeBound.None } said ? said.Date ?? said.AsOf : null),
                    s.Statement,
                    new EvidenceList(context, s.Claims.OrderBy(a => a.IsReference).ThenBy(a => a.SourceId, StringComparer.Ordinal).ThenBy(a => a.Offset).Select(a => (a, Side(a))).ToArray())))
                .ToList();
            yield return new History(predicate.Topic, context.Entities[subject.Key.Subject].Name, steps);
        }
    }

    /// <summary>The claim's state in the pack's wording, without its date or time words, which the step's span replaces.</summary>
    private static string Statement(Assertion a, RuleContext context) => context.Wording.State(a with { Bound = TimeBound.None }, date: null);

    /// <summary>What a claim says holds, apart from when: its value, or a denial of every value.</summary>
    private static string State(Assertion a) => a.Polarity + " " + a.Value?.Normalized;

    private static string Side(Assertion a) => a.Value?.Normalized ?? (a.Polarity == Polarity.Negated ? "none" : "holds");

    /// <summary>
    /// A validity in words: held throughout its days, or at some moment among them. A dated change starts as its date
    /// was said ("from 2018-09"), though it is weighed from the date's last day.
    /// </summary>
    internal static string Holds(Validity validity, Claims.Normalizers.DateInterval? said)
    {
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = validity.Throughout && said is { } date ? date.ToString() : validity.From == DateOnly.MinValue ? null : Day(validity.From);
        var to = validity.To == DateOnly.MaxValue ? null : Day(validity.To);
        return (validity.Throughout, from, to) switch
        {
            (true, null, null) => "always",
            (true, { } start, null) => $"from {start}",
            (true, null, { } end) => $"up to {end}",
            (true, { } start, { } end) => $"{start} to {end}",
            (false, null, null) => "at some time",
            (false, { } start, null) => $"at some time from {start}",
            (false, null, { } end) => $"at some time up to {end}",
            (false, { } start, { } end) => $"at some time from {start} to {end}",
        };
    }
}
