using Contradictions.Packs;
using Contradictions.Rules;

namespace Contradictions.Reporting;

/// <summary>The kind of a cited reference fact as the reports write it, e.g. <c>federal-register</c>.</summary>
internal static class FactKindWords
{
    /// <summary>The kind's id, or null for an article's quote or a fact read back without a kind.</summary>
    public static string? Of(Evidence evidence) => evidence.Kind is { } kind ? FactKinds.Id(kind) : null;

    /// <summary>" [federal-register]" after a fact's id, or nothing.</summary>
    public static string Bracketed(Evidence evidence) => Of(evidence) is { } id ? $" [{id}]" : string.Empty;

    /// <summary>" (federal-register)" after a fact's id, or nothing: for text where brackets make links.</summary>
    public static string Parenthesized(Evidence evidence) => Of(evidence) is { } id ? $" ({id})" : string.Empty;
}
