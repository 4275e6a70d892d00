using Contradictions.Rules;

namespace Contradictions.Packs;

/// <summary>A conflict rule as documentation and reports describe it.</summary>
/// <param name="Id">The rule id (its file name).</param>
/// <param name="Kind">The rule kind: exclusive-values, polarity or attribution.</param>
/// <param name="Predicate">The predicate it compares.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Description">What it checks, from the pack.</param>
public sealed record RuleDescriptor(string Id, string Kind, string Predicate, Severity Severity, string Description);
