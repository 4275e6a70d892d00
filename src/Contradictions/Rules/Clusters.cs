namespace Contradictions.Rules;

/// <summary>Splits items into connected clusters, given which pairs belong together; clusters keep the items' order.</summary>
internal static class Clusters
{
    public static IReadOnlyList<IReadOnlyList<T>> Connect<T>(IReadOnlyList<T> items, Func<T, T, bool> together)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (Find(i) != Find(j) && together(items[i], items[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return Enumerable.Range(0, items.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<T>)g.Select(i => items[i]).ToList())
            .ToList();
    }

    /// <summary>
    /// Splits items into groups whose members all belong together pairwise, the first items first: a claim that
    /// says less (no qualifier) never bridges two claims whose qualifiers disagree.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Cliques<T>(IReadOnlyList<T> items, Func<T, T, bool> together)
    {
        var groups = new List<List<T>>();
        foreach (var item in items)
        {
            var home = groups.Find(g => g.TrueForAll(member => together(member, item)));
            if (home is null)
            {
                groups.Add([item]);
            }
            else
            {
                home.Add(item);
            }
        }

        return groups;
    }
}
