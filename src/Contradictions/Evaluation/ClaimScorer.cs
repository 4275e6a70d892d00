using Contradictions.Claims;
using Contradictions.Packs;

namespace Contradictions.Evaluation;

/// <summary>
/// Compares what the extractor read with gold claims, claim by claim on every normalized field (see
/// <see cref="GoldClaim"/>): an assertion that equals a gold claim finds it, one that equals none is wrong, and a gold
/// claim no assertion equals is missed.
/// </summary>
public sealed class ClaimScorer
{
    private readonly RulePack pack;

    /// <summary>Creates a scorer that reads gold dates, and says what a missed claim names that the pack lacks, with <paramref name="pack"/>.</summary>
    /// <param name="pack">The pack the assertions were read with.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="pack"/> is null.</exception>
    public ClaimScorer(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        this.pack = pack;
    }

    /// <summary>
    /// Scores the assertions of each gold file's article. An assertion belongs to the article whose file name is its
    /// source id; assertions of other sources, and reference facts, are not scored.
    /// </summary>
    /// <param name="gold">The gold files.</param>
    /// <param name="assertions">What the extractor read, from these articles and perhaps others.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When two gold files describe articles with the same file name.</exception>
    public ClaimScores Score(IEnumerable<GoldFile> gold, IEnumerable<Assertion> assertions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(assertions);
        var bySource = assertions.Where(a => !a.IsReference).ToLookup(a => a.SourceId, StringComparer.Ordinal);
        var tally = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally Of(string predicate) => tally.TryGetValue(predicate, out var t) ? t : tally[predicate] = new Tally();

        var scored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in gold)
        {
            var article = Path.GetFileName(file.Article);
            if (!scored.Add(article))
            {
                throw new ArgumentException($"two gold files describe an article named {article}; sources are known by file name, so rename one", nameof(gold));
            }

            var expected = file.Claims.Select(c => (Claim: c, Key: ClaimKey.Of(c, pack))).ToList();
            // A gold file describes the article's text: a claim of the sidecar's title is not scored.
            foreach (var assertion in bySource[article].Where(a => a.File is null))
            {
                var key = ClaimKey.Of(assertion);
                var index = expected.FindIndex(e => e.Key == key);
                if (index < 0 && assertion.Date is not null && pack.Predicates.TryGetValue(assertion.Predicate, out var predicate) && predicate.ChangesOverTime)
                {
                    // The date of a claim whose value changes over time says from when it holds; a gold claim that
                    // leaves it out still matches.
                    var undated = ClaimKey.Of(assertion with { Date = null });
                    index = expected.FindIndex(e => e.Key == undated && e.Claim.Date is null);
                }

                if (index >= 0)
                {
                    Of(assertion.Predicate).Found++;
                    expected.RemoveAt(index);
                }
                else
                {
                    Of(assertion.Predicate).Wrong.Add(new ScoredClaim(article, key.Line, assertion.Predicate, key.Text, assertion.Quote));
                }
            }

            foreach (var (claim, key) in expected)
            {
                Of(claim.Predicate).Missed.Add(new ScoredClaim(article, key.Line, claim.Predicate, key.Text, claim.Says ?? string.Empty) { Note = Unknown(claim) });
            }
        }

        return new ClaimScores(tally.Select(t => new PredicateScore(t.Key, t.Value.Found, t.Value.Wrong, t.Value.Missed)).ToList());
    }

    /// <summary>What a gold claim names that the pack does not know, or null: no pattern of the pack can read it.</summary>
    private string? Unknown(GoldClaim claim)
    {
        var lacks = new List<string>();
        if (!pack.Predicates.ContainsKey(claim.Predicate))
        {
            lacks.Add($"predicate '{claim.Predicate}'");
        }

        lacks.AddRange(new[] { claim.Subject, claim.ObjectEntity }.OfType<string>().Where(e => !pack.Entities.Contains(e)).Select(e => $"entity '{e}'"));
        lacks.AddRange(claim.Qualifiers
            .Where(q => !(pack.Qualifiers.TryGetValue(q.Key, out var qualifier) && qualifier.Contains(q.Value)))
            .Select(q => $"qualifier value {q.Key}: {q.Value}"));
        if (claim.Date is { } date && pack.Dates.Parse(date) is null)
        {
            lacks.Add($"date words for '{date}'");
        }

        return lacks.Count == 0 ? null : $"the pack has no {string.Join(", no ", lacks)}";
    }

    private sealed class Tally
    {
        public int Found { get; set; }

        public List<ScoredClaim> Wrong { get; } = [];

        public List<ScoredClaim> Missed { get; } = [];
    }
}
