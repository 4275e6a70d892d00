namespace Contradictions.Reliability;

/// <summary>
/// Finds the pairs of word sets that may share a given part of their words without comparing every pair: prefix
/// filtering (Chaudhuri, Ganti and Kaushik, ICDE 2006; Bayardo, Ma and Srikant, WWW 2007). With each set's words in
/// one order, rarest first, two sets that share at least ⌈t·|x|⌉ of set x's words share one of x's first
/// |x| − ⌈t·|x|⌉ + 1 words; so only sets that share one of their first few, rare, words are paired. It is exact: every
/// pair that can reach the share is named. Sources that reword a claim differ in their rarest words, so the pairs
/// named grow with the number of sources, not with its square.
/// </summary>
internal static class SharedWords
{
    /// <summary>
    /// Pairs of indexes, the lower first, of the sets that may share at least <paramref name="share"/> of the words
    /// of each (hence of the larger); each pair is named once.
    /// </summary>
    public static IEnumerable<(int A, int B)> Candidates(IReadOnlyList<IReadOnlyCollection<string>> sets, double share)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sets.SelectMany(s => s))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairedWith = new int[sets.Count];
        Array.Fill(pairedWith, -1);
        for (var b = 0; b < sets.Count; b++)
        {
            var prefix = sets[b]
                .OrderBy(w => frequency[w])
                .ThenBy(w => w, StringComparer.Ordinal)
                .Take(PrefixLength(sets[b].Count, share))
                .ToList();
            foreach (var word in prefix)
            {
                if (!holders.TryGetValue(word, out var earlier))
                {
                    holders[word] = earlier = [];
                }

                foreach (var a in earlier.Where(a => pairedWith[a] != b))
                {
                    pairedWith[a] = b;
                    yield return (a, b);
                }

                earlier.Add(b);
            }
        }
    }

    /// <summary>How many of a set's rarest words another set must share one of, to share <paramref name="share"/> of its words.</summary>
    internal static int PrefixLength(int size, double share) =>
        size == 0 ? 0 : size - (int)Math.Ceiling((share * size) - 1e-9) + 1;
}
