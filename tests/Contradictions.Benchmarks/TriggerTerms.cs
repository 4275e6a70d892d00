using Contradictions.Packs;

namespace Contradictions.Benchmarks;

/// <summary>
/// The words a pack looks for: every name of every entity, and the words its claim patterns need (such as
/// "approved"). Searching for them alone is the floor a check is measured against.
/// </summary>
public static class TriggerTerms
{
    /// <summary>The pack's trigger terms, one per entry, sorted and distinct (ignoring case).</summary>
    public static IReadOnlyList<string> Of(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return pack.Entities.All
            .SelectMany(e => e.Aliases.Concat(e.Brands).Append(e.Name))
            .Concat(new Claims.ClaimExtractor(pack).TriggerWords)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
