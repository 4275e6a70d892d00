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
}
