using System.Collections;
using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// A finding's or a corroboration's evidence, made from its assertions as it is read: a claim that a crawl repeats
/// is evidence from every source that repeats it, and the assertions are held anyway, so the list keeps only which
/// assertion stands on which side.
/// </summary>
internal sealed class EvidenceList(RuleContext context, (Assertion Assertion, string Side)[] items) : IReadOnlyList<Evidence>
{
    public int Count => items.Length;

    public Evidence this[int index] => context.Evidence(items[index].Assertion, items[index].Side);

    public IEnumerator<Evidence> GetEnumerator()
    {
        foreach (var (assertion, side) in items)
        {
            yield return context.Evidence(assertion, side);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
