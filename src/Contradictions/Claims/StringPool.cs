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
        value is null ? null : values.GetOrAdd(value, v => new ClaimValue(Share(v.Normalized), Share(v.Text)));

    /// <summary>The one list with these qualifiers, in this order; most claims have none, and all of those share one.</summary>
    public IReadOnlyList<Qualifier> Share(IReadOnlyList<Qualifier> list) =>
        list.Count == 0 ? [] : qualifiers.GetOrAdd(new QualifierList(list), l => l.Items.Select(q => new Qualifier(Share(q.Name), Share(q.Value), Share(q.Text))).ToArray());

    /// <summary>A qualifier list compared by its items, as a key.</summary>
    private readonly struct QualifierList(IReadOnlyList<Qualifier> items) : IEquatable<QualifierList>
    {
        public IReadOnlyList<Qualifier> Items { get; } = items;

        public bool Equals(QualifierList other) => Items.SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is QualifierList other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var q in Items)
            {
                hash.Add(q);
            }

            return hash.ToHashCode();
        }
    }
}
