using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Claims;

/// <summary>
/// One copy of each distinct string, value and qualifier list, for the life of one check: a crawl repeats its
/// sentences (syndicated articles, boilerplate) and its claims, and each assertion would otherwise hold its own copy
/// of its quote, its value and its qualifiers. Thread-safe.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ClaimValue, ClaimValue> values = new();
    private readonly ConcurrentDictionary<QualifierList, IReadOnlyList<Qualifier>> qualifiers = new();

    [return: NotNullIfNotNull(nameof(text))]
    public string? Share(string? text) => text is null ? null : strings.GetOrAdd(text, text);

    [return: NotNullIfNotNull(nameof(value))]
    public ClaimValue? Share(ClaimValue? value) =>
        value is null ? null
        : values.TryGetValue(value, out var shared) ? shared
        : values.GetOrAdd(value, static (v, pool) => new ClaimValue(pool.Share(v.Normalized), pool.Share(v.Text)), this);

    /// <summary>The one list with these qualifiers, in this order; most claims have none, and all of those share one.</summary>
    public IReadOnlyList<Qualifier> Share(IReadOnlyList<Qualifier> list) =>
        list.Count == 0 ? []
        : qualifiers.TryGetValue(new QualifierList(list), out var shared) ? shared
        : qualifiers.GetOrAdd(new QualifierList(list), static (l, pool) => l.Items.Select(q => new Qualifier(pool.Share(q.Name), pool.Share(q.Value), pool.Share(q.Text))).ToArray(), this);

    /// <summary>A qualifier list compared by its items, as a key.</summary>
    private readonly struct QualifierList(IReadOnlyList<Qualifier> items) : IEquatable<QualifierList>
    {
        public IReadOnlyList<Qualifier> Items { get; } = items;

        public bool Equals(QualifierList other)
        {
            if (Items.Count != other.Items.Count)
            {
                return false;
            }

            for (var i = 0; i < Items.Count; i++)
            {
                if (!Items[i].Equals(other.Items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is QualifierList other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            for (var i = 0; i < Items.Count; i++)
            {
                hash.Add(Items[i]);
            }

            return hash.ToHashCode();
        }
    }
}
