using System.Collections.Concurrent;

namespace Contradictions.Text.Tokens;

/// <summary>
/// A number for each word form (as written, folded, or base form), so that finding a pack's phrases compares and
/// hashes integers, not strings. The same characters always get the same number; thread-safe.
/// </summary>
internal sealed class WordIds
{
    /// <summary>The number of a form that was never numbered: no phrase holds it.</summary>
    public const int None = 0;

    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private int last;

    /// <summary>The number of <paramref name="form"/>, given now if it has none.</summary>
    public int Of(string form) =>
        ids.TryGetValue(form, out var id) ? id : ids.GetOrAdd(form, static (_, self) => Interlocked.Increment(ref self.last), this);

    /// <summary>The number of <paramref name="form"/>, or <see cref="None"/> when it has none; gives no new number.</summary>
    public int Find(string form) => ids.GetValueOrDefault(form, None);
}
