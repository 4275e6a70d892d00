using Contradictions.Claims;

namespace Contradictions.Rules;

/// <summary>
/// All assertions of one predicate about one family of related entities. Rules compare assertions only within a
/// group, so the engine never compares all pairs of a corpus.
/// </summary>
internal sealed record AssertionGroup(string Predicate, string Family, IReadOnlyList<Assertion> Assertions);
