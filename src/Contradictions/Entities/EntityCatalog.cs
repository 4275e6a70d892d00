using System.Text.RegularExpressions;

namespace Contradictions.Entities;

/// <summary>
/// Every entity of a pack, looked up by any of its names, with the relations between them.
/// Entities joined by any relation form one family: claims about a family are compared with each other.
/// </summary>
internal sealed partial class EntityCatalog
{
    private readonly Dictionary<string, Entity> byId;
    private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> family = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationKind> relationKinds;

    public EntityCatalog(IReadOnlyList<Entity> entities, IReadOnlyList<RelationKind> relationKinds)
    {
        byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        this.relationKinds = relationKinds.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var entity in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var name in Names(entity))
            {
                byName.TryAdd(name, entity.Id);
            }
        }

        AssignFamilies(entities);
        OrderedNames = byName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        NamesPattern = WordsPattern(OrderedNames);
    }

    public IReadOnlyCollection<Entity> All => byId.Values;

    /// <summary>Every name of every entity, with single spaces between words.</summary>
    public IReadOnlyCollection<string> AllNames => byName.Keys;

    /// <summary>Every name, longest first, in the order <see cref="NamesPattern"/> tries them.</summary>
    public IReadOnlyList<string> OrderedNames { get; }

    /// <summary>A regular expression alternation of every name, longest first.</summary>
    public string NamesPattern { get; }

    public Entity this[string id] => byId[id];

    public bool Contains(string id) => byId.ContainsKey(id);

    public string? FindByName(string name) => byName.GetValueOrDefault(WhiteSpace().Replace(name.Trim(), " "));

    /// <summary>The id of the family the entity belongs to: the smallest id among the entities related to it.</summary>
    public string FamilyOf(string id) => family[id];

    /// <summary>
    /// The entity an event about <paramref name="id"/> is attributed to, following relations marked
    /// <see cref="RelationKind.SameAttribution"/> (a product is attributed to the drug it contains).
    /// </summary>
    public string AttributionOf(string id)
    {
        var current = id;
        for (var hops = 0; hops < byId.Count; hops++)
        {
            var next = byId[current].Relations.FirstOrDefault(r => relationKinds[r.Kind].SameAttribution);
            if (next is null)
            {
                return current;
            }

            current = next.Target;
        }

        return current;
    }

    /// <summary>
    /// The one entity of one of <paramref name="kinds"/> that holds <paramref name="id"/> through a relation marked
    /// <see cref="RelationKind.SameAttribution"/> (the product that contains a drug), or null when there is none or
    /// more than one.
    /// </summary>
    public string? HolderOf(string id, IReadOnlyCollection<string> kinds)
    {
        string? holder = null;
        foreach (var entity in byId.Values)
        {
            if (kinds.Contains(entity.Kind) && entity.Relations.Any(r => r.Target == id && relationKinds[r.Kind].SameAttribution))
            {
                if (holder is not null)
                {
                    return null;
                }

                holder = entity.Id;
            }
        }

        return holder;
    }

    /// <summary>Words for how two entities relate, as the relation's wording says it, or null when they do not.</summary>
    public string? DescribeRelation(string a, string b)
    {
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var relation = byId[from].Relations.FirstOrDefault(r => r.Target == to);
            if (relation is not null)
            {
                return relationKinds[relation.Kind].Wording
                    .Replace("{subject}", byId[from].Name, StringComparison.Ordinal)
                    .Replace("{object}", byId[to].Name, StringComparison.Ordinal);
            }
        }

        return null;
    }

    /// <summary>Every relation that links the two entities through at most one entity in between, worded.</summary>
    public IReadOnlyList<string> DescribePath(string a, string b)
    {
        if (DescribeRelation(a, b) is { } direct)
        {
            return [direct];
        }

        foreach (var middle in byId.Keys.Order(StringComparer.Ordinal))
        {
            if (DescribeRelation(a, middle) is { } first && DescribeRelation(middle, b) is { } second)
            {
                return [first, second];
            }
        }

        return [];
    }

    private static IEnumerable<string> Names(Entity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases).Concat(entity.Brands).Select(n => WhiteSpace().Replace(n.Trim(), " "));

    internal static string WordPattern(string name) => (StartsWord(name) ? WordStart : string.Empty) + WordBody(name);

    /// <summary>
    /// An alternation of <see cref="WordPattern"/>s, in the order given. The words that start with a letter or digit
    /// share one look-behind in front of them all, which lets the regular expression engine look for their first
    /// letters quickly instead of trying every word at every position. It matches what the plain alternation
    /// matches: a word that starts with a letter or digit and one that does not never match at the same place, so
    /// the order that decides between alternatives is kept.
    /// </summary>
    internal static string WordsPattern(IEnumerable<string> names)
    {
        var list = names.ToList();
        var words = list.Where(StartsWord).Select(WordBody).ToList();
        var others = list.Where(n => !StartsWord(n)).Select(WordBody);
        return string.Join('|', (words.Count == 0 ? [] : new[] { $"{WordStart}(?:{string.Join('|', words)})" }).Concat(others));
    }

    /// <summary>
    /// The alternation of <see cref="WordsPattern"/> without its look-behind, for a pattern that puts
    /// <see cref="WordStart"/> once in front of several; null when a word does not start with a letter or digit.
    /// </summary>
    internal static string? WordBodies(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.TrueForAll(StartsWord) ? string.Join('|', list.Select(WordBody)) : null;
    }

    /// <summary>Not right after a letter, digit or hyphen: where a word starts.</summary>
    internal const string WordStart = @"(?<![\w-])";

    private static bool StartsWord(string name) => char.IsLetterOrDigit(name[0]);

    private static string WordBody(string name)
    {
        // Written in capitals in the pack, an acronym matches only in capitals, so an agency's initials never match a common word.
        var escaped = string.Join(@"\s+", name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => IsAcronym(word) ? $"(?-i:{Regex.Escape(word)})" : Regex.Escape(word)));
        var end = char.IsLetterOrDigit(name[^1]) ? @"(?![\w])" : string.Empty;
        return escaped + end;
    }

    /// <summary>True for a word of two or more letters, all capitals ("ABC", "A.B.", "AB-123").</summary>
    internal static bool IsAcronym(string name) =>
        name.Count(char.IsLetter) >= 2 && name.Where(char.IsLetter).All(char.IsUpper);

    private void AssignFamilies(IReadOnlyList<Entity> entities)
    {
        var neighbours = entities.ToDictionary(e => e.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var relation in entity.Relations)
            {
                neighbours[entity.Id].Add(relation.Target);
                neighbours[relation.Target].Add(entity.Id);
            }
        }

        foreach (var start in neighbours.Keys.Order(StringComparer.Ordinal))
        {
            if (family.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<string>([start]);
            while (stack.TryPop(out var id))
            {
                if (family.TryAdd(id, start))
                {
                    foreach (var next in neighbours[id])
                    {
                        stack.Push(next);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
