using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// When each claim of a predicate whose value changes over time holds. A dated claim is a change: it holds from the
/// end of its date until the next dated change to another value of the same subject. A claim bounded by "until" or "formerly"
/// held at some moment up to its date, or before its source was written. An undated claim holds when its source was
/// written, or at every moment when the source has no date. A reference fact holds from its date, or from the date it
/// is known as of, until the next fact that changes it: an article's later claim is checked against a fact, not
/// taken to end it. A claim its source says came "later" held at some moment after the source's dated claim before
/// it, and ends that claim's state for its own source.
/// </summary>
internal static class Timeline
{
    /// <param name="claims">One group's claims.</param>
    /// <param name="sameHistory">True when two claims' qualifiers place them in one history (one jurisdiction).</param>
    public static IEnumerable<(Assertion Claim, Validity Validity)> Of(IReadOnlyList<Assertion> claims, Func<Assertion, Assertion, bool> sameHistory)
    {
        foreach (var history in claims.GroupBy(a => (a.Subject, a.ObjectEntity)))
        {
            // A crawl repeats a few dated claims many times: each distinct change is compared once, and claims that
            // say the same about time share one validity, so the cost grows with the distinct claims, not their count.
            var changes = history.Where(a => (a.Date ?? a.AsOf) is not null && a.Bound == TimeBound.None).DistinctBy(Key, StringComparer.Ordinal).ToList();
            var laters = history.Where(a => a.Bound == TimeBound.Later).Select(a => new LaterChange(a, After(a, history, sameHistory))).ToList();
            var told = new HashSet<string>(laters.Select(l => l.Claim.SourceId), StringComparer.Ordinal);
            var known = new Dictionary<string, Validity>(StringComparer.Ordinal);
            foreach (var claim in history)
            {
                // A source that tells a later change has validities of its own: they depend on where its claims stand.
                if (told.Contains(claim.SourceId))
                {
                    yield return (claim, Of(claim, changes, laters, sameHistory));
                    continue;
                }

                var key = Key(claim);
                if (!known.TryGetValue(key, out var validity))
                {
                    known[key] = validity = Of(claim, changes, [], sameHistory);
                }

                yield return (claim, validity);
            }
        }
    }

    private static Validity Of(Assertion claim, List<Assertion> changes, List<LaterChange> laters, Func<Assertion, Assertion, bool> sameHistory)
    {
        if (claim.Bound == TimeBound.Later)
        {
            return new Validity(laters.First(l => ReferenceEquals(l.Claim, claim)).From, claim.Published ?? DateOnly.MaxValue, Throughout: false);
        }

        if (claim.Bound != TimeBound.None)
        {
            var end = claim.Date?.End ?? claim.Published ?? DateOnly.MaxValue;
            return new Validity(DateOnly.MinValue, end, Throughout: false);
        }

        if ((claim.Date ?? claim.AsOf) is { } start)
        {
            var next = changes
                .Where(c => (c.Date ?? c.AsOf)!.Value.Start > start.End && !SameState(c, claim) && (c.IsReference || !claim.IsReference) && sameHistory(c, claim))
                .Select(c => (c.Date ?? c.AsOf)!.Value.Start)
                .Concat(laters
                    .Where(l => l.Claim.SourceId == claim.SourceId && l.Claim.Offset > claim.Offset && l.From > start.End && !SameState(l.Claim, claim) && sameHistory(l.Claim, claim))
                    .Select(l => l.From))
                .DefaultIfEmpty(DateOnly.MaxValue)
                .Min();
            // It must hold from the last day its date may mean ("in April 2020": from the 30th) until the day before
            // the next change may have come.
            return new Validity(start.End, next == DateOnly.MaxValue ? next : next.AddDays(-1), Throughout: true);
        }

        return claim.Published is { } written ? new Validity(written, written, Throughout: true) : Validity.Always;
    }

    /// <summary>The day after the last dated claim its source makes before a "later" claim, in the same history.</summary>
    private static DateOnly After(Assertion later, IEnumerable<Assertion> history, Func<Assertion, Assertion, bool> sameHistory) =>
        history
            .Where(c => c.SourceId == later.SourceId && c.Offset < later.Offset && (c.Date ?? c.AsOf) is not null && sameHistory(c, later))
            .MaxBy(c => c.Offset) is { } before
            ? (before.Date ?? before.AsOf)!.Value.End.AddDays(1)
            : DateOnly.MinValue;

    /// <summary>A claim said to have come later, and the first day it may have come.</summary>
    private sealed record LaterChange(Assertion Claim, DateOnly From);

    /// <summary>All that <see cref="Of(Assertion, List{Assertion}, List{LaterChange}, Func{Assertion, Assertion, bool})"/> and a history's qualifiers read of a claim.</summary>
    private static string Key(Assertion a) =>
        Clusters.Key([a.Bound.ToString(), a.Date?.ToString(), a.AsOf?.ToString(), a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Polarity.ToString(), a.Value?.Normalized, a.IsReference ? "fact" : null, .. a.Qualifiers.Select(q => q.Name + "=" + q.Value)]);

    private static bool SameState(Assertion a, Assertion b) => a.Polarity == b.Polarity && a.Value?.Normalized == b.Value?.Normalized;
}
