using Contradictions.Claims;
using Contradictions.Rules;

namespace Contradictions.Reliability;

/// <summary>
/// Scores sources in the manner of TruthFinder (Yin, Han and Yu, IEEE TKDE 2008): a claim's confidence comes from
/// the trust of the sources that make it, less the confidence of the claims that conflict with it; a source's trust
/// is the mean confidence of its claims; the two are computed in turn until they change by less than 1e-6.
/// Copies count once: near-identical sentences in several sources are one voice shared among them. Reference facts
/// take part as a source of fixed, high trust. Every step is ordered, so scores are deterministic.
/// </summary>
internal static class TruthFinder
{
    /// <summary>Trust every source starts with (the paper's t0).</summary>
    private const double InitialTrust = 0.9;

    /// <summary>The fixed trust of reference facts.</summary>
    private const double ReferenceTrust = 0.99;

    /// <summary>How much a conflicting claim's confidence takes from a claim (the paper's ρ).</summary>
    private const double ConflictWeight = 0.5;

    /// <summary>Dampening of the logistic step (the paper's γ), so that agreement of dependent sources does not saturate.</summary>
    private const double Dampening = 0.3;

    private const int MaxRounds = 100;

    /// <summary>Words shared by two sentences, as a share of the words in either, above which they count as one voice.</summary>
    private const double CopyThreshold = 0.9;

    public static IReadOnlyList<SourceScore> Score(
        IReadOnlyList<Assertion> assertions,
        IReadOnlyList<IReadOnlyList<Assertion>> claims,
        IReadOnlyList<Finding> findings,
        Func<Assertion, string> state)
    {
        var claimOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var a in claims[i])
            {
                claimOf[a.Id] = i;
            }
        }

        var conflicts = Enumerable.Range(0, claims.Count).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var finding in findings)
        {
            var sides = finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal)
                .Select(g => g.Select(e => claimOf.GetValueOrDefault(e.Assertion, -1)).Where(c => c >= 0).ToHashSet())
                .ToList();
            foreach (var (x, y) in sides.SelectMany((a, i) => sides.Skip(i + 1).Select(b => (a, b))))
            {
                foreach (var c in x)
                {
                    foreach (var d in y.Where(d => d != c))
                    {
                        conflicts[c].Add(d);
                        conflicts[d].Add(c);
                    }
                }
            }
        }

        var voices = claims.Select(Voices).ToList();
        var sources = assertions.Where(a => !a.IsReference).Select(a => a.SourceId).Distinct().Order(StringComparer.Ordinal).ToList();
        var bySource = assertions.ToLookup(a => a.SourceId, StringComparer.Ordinal);

        // Each source's claims, in claim order, so that its mean is summed the same way every run.
        var claimsOf = sources.ToDictionary(
            s => s,
            s => bySource[s].Where(a => claimOf.ContainsKey(a.Id)).Select(a => claimOf[a.Id]).Distinct().Order().ToList(),
            StringComparer.Ordinal);
        var trust = sources.ToDictionary(s => s, _ => InitialTrust, StringComparer.Ordinal);
        var confidence = new double[claims.Count];
        for (var round = 0; round < MaxRounds; round++)
        {
            var raw = voices.Select(v => v.Sum(voice => -Math.Log(1 - TrustOf(voice.Source, trust)) * voice.Weight)).ToArray();
            for (var i = 0; i < claims.Count; i++)
            {
                var adjusted = raw[i] - (ConflictWeight * conflicts[i].Sum(j => raw[j]));
                confidence[i] = 1 / (1 + Math.Exp(-Dampening * adjusted));
            }

            var change = 0.0;
            foreach (var source in sources)
            {
                var mine = claimsOf[source];
                var next = mine.Count == 0 ? InitialTrust : mine.Average(i => confidence[i]);
                change = Math.Max(change, Math.Abs(next - trust[source]));
                trust[source] = next;
            }

            if (change < 1e-6)
            {
                break;
            }
        }

        // Sources that repeat a claim state it in the same words: one copy of each statement is kept.
        var statements = new Dictionary<string, string>(StringComparer.Ordinal);
        string Statement(Assertion a)
        {
            var said = state(a);
            return statements.TryAdd(said, said) ? said : statements[said];
        }

        return sources
            .Select(source =>
            {
                // The claims that pulled the score down most, then those that held it up most.
                var scored = bySource[source]
                    .Where(a => claimOf.ContainsKey(a.Id))
                    .Select(a => new ScoreReason(a.Id, a.Line, Statement(a), Math.Round(confidence[claimOf[a.Id]], 4)))
                    .OrderBy(r => r.Confidence)
                    .ThenBy(r => r.Line)
                    .ThenBy(r => r.Assertion, StringComparer.Ordinal)
                    .ToList();
                var reasons = scored.Take(3).Concat(scored.Skip(3).TakeLast(2)).ToList();
                return new SourceScore(source, Math.Round(trust[source], 4), bySource[source].Count(), reasons);
            })
            .OrderByDescending(s => s.Trust)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    private static double TrustOf(string source, Dictionary<string, double> trust) =>
        trust.TryGetValue(source, out var t) ? t : ReferenceTrust;

    /// <summary>
    /// The voices behind one claim: one per source, except that sources whose sentences are near-identical share a
    /// single voice, each with weight 1/k for k copies.
    /// </summary>
    internal static List<(string Source, double Weight)> Voices(IReadOnlyList<Assertion> claim) =>
        Copies(claim, everyPair: false).SelectMany(group => group.Select(a => (a.SourceId, 1.0 / group.Count))).ToList();

    /// <summary>
    /// The sources of one claim in groups of near-copies. Only sentences that share one of their rarest words are
    /// compared (<see cref="SharedWords"/>), which finds the same groups as comparing every pair, which
    /// <paramref name="everyPair"/> does, for tests to compare with.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<Assertion>> Copies(IReadOnlyList<Assertion> claim, bool everyPair)
    {
        var bySource = claim.GroupBy(a => a.SourceId, StringComparer.Ordinal).Select(g => g.First()).ToList();

        // Words and keys once per distinct sentence: the sources that repeat a claim mostly repeat its sentence too.
        var byQuote = new Dictionary<(string Quote, bool Reference), (HashSet<string> Words, string Key)>();
        foreach (var a in bySource)
        {
            if (!byQuote.ContainsKey((a.Quote, a.IsReference)))
            {
                var set = Words(a.Quote);
                byQuote.Add((a.Quote, a.IsReference), (set, Clusters.Key([a.IsReference.ToString(), .. set.Order(StringComparer.Ordinal)])));
            }
        }

        var words = bySource.ToDictionary(a => a.SourceId, a => byQuote[(a.Quote, a.IsReference)].Words, StringComparer.Ordinal);
        return Clusters.Connect(
            bySource,
            a => byQuote[(a.Quote, a.IsReference)].Key,
            (a, b) => !a.IsReference && !b.IsReference && Similarity(words[a.SourceId], words[b.SourceId]) >= CopyThreshold,
            kinds => everyPair ? Clusters.AllPairs(kinds) : SharedWords.Candidates(kinds.Select(a => (IReadOnlyCollection<string>)words[a.SourceId]).ToList(), CopyThreshold));
    }

    private static double Similarity(HashSet<string> x, HashSet<string> y) =>
        x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / Math.Max(x.Count, y.Count);

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '"', '\'', '(', ')')).ToHashSet(StringComparer.Ordinal);
}
