using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Claims;

/// <summary>
/// One copy of each distinct string, for the life of one check: a crawl repeats its sentences (syndicated articles,
/// boilerplate), and an assertion keeps its sentence as its quote. Thread-safe.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(text))]
    public string? Share(string? text) => text is null ? null : strings.GetOrAdd(text, text);
}
