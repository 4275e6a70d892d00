using System.Text.RegularExpressions;
using Contradictions.Claims;

namespace Contradictions.Packs;

/// <summary>
/// A compiled pattern that reads one predicate from a sentence. A plain pattern matches within a sentence; a list
/// pattern matches a header sentence ("side effects of X include:") and then each bullet item after it.
/// </summary>
internal sealed record ClaimPattern(
    string Id,
    string Predicate,
    Regex Match,
    Regex? Item,
    Polarity? Polarity,
    Modality? Modality,
    string? Value,
    IReadOnlyList<(string Name, string Value)> Qualifiers,
    string File);
