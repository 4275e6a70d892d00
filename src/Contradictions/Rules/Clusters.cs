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
        for (var a = 0; a < first.Count; a++)
        {
            for (var b = a + 1; b < first.Count; b++)
            {
                if (Find(a) != Find(b) && together(items[first[a]], items[first[b]]))
                {
                    parent[Find(b)] = Find(a);
                    joined[a] = joined[b] = true;
                }
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

    /// <summary>A key from parts, for <see cref="Connect"/>: equal only when every part is equal (null included).</summary>
    public static string Key(params IEnumerable<string?> parts) => string.Join('\u001F', parts.Select(p => p ?? "\u0000"));
}
