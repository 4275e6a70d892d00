using Contradictions.Claims;
using Contradictions.Rules;

namespace Contradictions.Reporting;

/// <summary>
/// How an article makes a quoted claim, as the reports write it beside the quote: nothing for a plain statement. A
/// reference fact is the pack's own statement and is not marked (the JSON report gives every modality).
/// </summary>
internal static class ModalityWords
{
    /// <summary><c>hedged</c> ("may", "is thought to"), <c>capability</c> ("can"), or null for a plain statement.</summary>
    public static string? Of(Evidence evidence) => evidence.Modality switch
    {
        Modality.May => "hedged",
        Modality.Can => "capability",
        _ => null,
    };

    /// <summary>" (hedged)" after a quote's place, or nothing.</summary>
    public static string Parenthesized(Evidence evidence) => Of(evidence) is { } words ? $" ({words})" : string.Empty;
}
