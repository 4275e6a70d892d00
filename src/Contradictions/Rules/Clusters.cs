namespace Contradictions.Rules;

/// <summary>Splits items into connected clusters, given which pairs belong together; clusters keep the items' order.</summary>
internal static class Clusters
{
    /// <summary>
    /// Connects items that belong together, directly or through others. <paramref name="key"/> must capture all that
    /// <paramref name="together"/> reads, and <paramref name="together"/> must be symmetric: items with equal keys
    /// are then interchangeable, so only one item per key is compared with one per other key. A thousand sources
    /// repeating three claims cost three comparisons, not half a million.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Connect<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, Func<T, T, bool> together)
        where TKey : notnull => Connect(items, key, together, AllPairs);

    /// <summary>
    /// As <see cref="Connect{T, TKey}(IReadOnlyList{T}, Func{T, TKey}, Func{T, T, bool})"/>, comparing only the pairs
    /// that <paramref name="candidates"/> names among one item per key (as indexes into that list, the lower first).
    /// It must name every pair that could belong together; an index of the items' features can then spare the rest.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Connect<T, TKey>(
        IReadOnlyList<T> items,
        Func<T, TKey> key,
        Func<T, T, bool> together,
        Func<IReadOnlyList<T>, IEnumerable<(int A, int B)>> candidates)
        where TKey : notnull
    {
        // Items by key: the first of each key stands for all of them, the second tells whether they join each other.
        var kindOf = new int[items.Count];
        var first = new List<int>();
        var second = new List<int>();
        var kinds = new Dictionary<TKey, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!kinds.TryGetValue(key(items[i]), out var kind))
            {
                kind = first.Count;
                kinds.Add(key(items[i]), kind);
                first.Add(i);
                second.Add(-1);
            }
            else if (second[kind] < 0)
            {
                second[kind] = i;
            }

            kindOf[i] = kind;
        }

        var parent = Enumerable.Range(0, first.Count).ToArray();
        int Find(int k) => parent[k] == k ? k : parent[k] = Find(parent[k]);
        var joined = new bool[first.Count];
        foreach (var (a, b) in candidates(first.Select(i => items[i]).ToList()))
        {
            if (Find(a) != Find(b) && together(items[first[a]], items[first[b]]))
            {
                parent[Find(b)] = Find(a);
                joined[a] = joined[b] = true;
            }
        }

        // A kind joined to another kind brings all its items along; a kind on its own keeps its items together only
        // when two of them belong together, and otherwise leaves each item alone.
        var cluster = new int[items.Count];
        var alone = new bool[first.Count];
        for (var k = 0; k < first.Count; k++)
        {
            alone[k] = !joined[k] && (second[k] < 0 || !together(items[first[k]], items[second[k]]));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var kind = kindOf[i];
            cluster[i] = alone[kind] ? -1 - i : Find(kind);
        }

        return Enumerable.Range(0, items.Count)
            .GroupBy(i => cluster[i])
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<T>)g.Select(i => items[i]).ToList())
            .ToList();
    }

    /// <summary>
    /// Splits items into groups whose members all belong together pairwise, the first items first: a claim that
    /// says less (no qualifier) never bridges two claims whose qualifiers disagree. As in <see cref="Connect{T, TKey}(IReadOnlyList{T}, Func{T, TKey}, Func{T, T, bool})"/>,
    /// <paramref name="key"/> must capture all that the symmetric <paramref name="together"/> reads; items with
    /// equal keys that belong together travel as one, so the work grows with the number of distinct keys.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Cliques<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, Func<T, T, bool> together)
        where TKey : notnull
    {
        // A unit is the items of one key when its first two belong together (then all of them do), else one item.
        var units = new List<List<T>>();
        var unitOf = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (unitOf.TryGetValue(k, out var unit) && (unit.Count > 1 || together(unit[0], item)))
            {
                unit.Add(item);
            }
            else if (unit is null)
            {
                unitOf.Add(k, [item]);
                units.Add(unitOf[k]);
            }
            else
            {
                units.Add([item]);
            }
        }

        // A later item of a unit joins the group its first item joined: groups only grow, so any group that turned
        // the first away turns it away too, and whatever joined since was checked against the first.
        var groups = new List<List<List<T>>>();
        foreach (var unit in units)
        {
            var home = groups.Find(g => g.TrueForAll(member => together(member[0], unit[0])));
            if (home is null)
            {
                groups.Add([unit]);
            }
            else
            {
                home.Add(unit);
            }
        }

        return groups.Select(g => (IReadOnlyList<T>)g.SelectMany(u => u).ToList()).ToList();
    }

    /// <summary>Every pair of the items, for a comparison that no index can narrow.</summary>
    public static IEnumerable<(int A, int B)> AllPairs<T>(IReadOnlyList<T> items)
    {
        for (var a = 0; a < items.Count; a++)
        {
            for (var b = a + 1; b < items.Count; b++)
            {
                yield return (a, b);
            }
        }
    }

    /// <summary>A key from parts, for <see cref="Connect{T, TKey}(IReadOnlyList{T}, Func{T, TKey}, Func{T, T, bool})"/>: equal only when every part is equal (null included).</summary>
    public static string Key(params IEnumerable<string?> parts) => string.Join('\u001F', parts.Select(p => p ?? "\u0000"));
}
