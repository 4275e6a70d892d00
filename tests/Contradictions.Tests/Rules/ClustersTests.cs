using Contradictions.Rules;

namespace Contradictions.Tests.Rules;

public class ClustersTests
{
    private sealed record Item(int Id, int Value);

    /// <summary>Symmetric, and reads only the value: equal values join only when the value is a multiple of four.</summary>
    private static bool Together(Item a, Item b) => Math.Abs(a.Value - b.Value) == 3 || (a.Value == b.Value && a.Value % 4 == 0);

    /// <summary>Every pair compared: the definition the grouped version must agree with.</summary>
    private static List<List<int>> EveryPair(IReadOnlyList<Item> items)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (Together(items[i], items[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return Enumerable.Range(0, items.Count).GroupBy(Find).OrderBy(g => g.Min()).Select(g => g.Select(i => items[i].Id).ToList()).ToList();
    }

    [Test]
    public void GroupingByKeyGivesTheClustersThatComparingEveryPairGives()
    {
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var items = Enumerable.Range(0, random.Next(0, 60)).Select(i => new Item(i, random.Next(0, 16))).ToList();
            var grouped = Clusters.Connect(items, i => i.Value, Together).Select(c => c.Select(i => i.Id).ToList()).ToList();
            Assert.That(grouped, Is.EqualTo(EveryPair(items)), string.Join(",", items.Select(i => i.Value)));
        }
    }

    [Test]
    public void EqualItemsThatDoNotJoinEachOtherStayApartUnlessSomethingJoinsThem()
    {
        Item[] items = [new(0, 1), new(1, 1), new(2, 12), new(3, 12), new(4, 2), new(5, 5), new(6, 2)];
        var clusters = Clusters.Connect(items, i => i.Value, Together).Select(c => c.Select(i => i.Id).ToList()).ToList();
        Assert.That(clusters, Is.EqualTo(new[] { new[] { 0 }, new[] { 1 }, new[] { 2, 3 }, new[] { 4, 5, 6 } }));
    }

    /// <summary>Each item joins the first group whose every member it belongs with: the definition the keyed version must agree with.</summary>
    private static List<List<int>> GreedyCliques(IReadOnlyList<Item> items)
    {
        var groups = new List<List<Item>>();
        foreach (var item in items)
        {
            var home = groups.Find(g => g.TrueForAll(member => Together(member, item)));
            if (home is null)
            {
                groups.Add([item]);
            }
            else
            {
                home.Add(item);
            }
        }

        return groups.Select(g => g.Select(i => i.Id).ToList()).ToList();
    }

    [Test]
    public void KeyedCliquesHoldTheItemsThatComparingEachWithEveryMemberGives()
    {
        var random = new Random(54321);
        for (var round = 0; round < 300; round++)
        {
            var items = Enumerable.Range(0, random.Next(0, 60)).Select(i => new Item(i, random.Next(0, 16))).ToList();
            var keyed = Clusters.Cliques(items, i => i.Value, Together).Select(c => c.Select(i => i.Id).Order().ToList()).ToList();
            var expected = GreedyCliques(items).Select(c => c.Order().ToList()).ToList();
            Assert.That(keyed, Is.EqualTo(expected), string.Join(",", items.Select(i => i.Value)));
        }
    }

    [Test]
    public void DistinctPartsMakeDistinctKeys() =>
        Assert.That(Clusters.Key(["a", null]), Is.Not.EqualTo(Clusters.Key(["a", string.Empty])).And.Not.EqualTo(Clusters.Key(["a"])));
}
