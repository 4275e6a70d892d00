using Contradictions.Rules;

namespace Contradictions.Suppressions;

/// <summary>A finding that was silenced: counted and listed in the report, never lost.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Reason">Why it is silenced, e.g. "in the baseline" or "disabled at a.md:12".</param>
public sealed record SuppressedFinding(Finding Finding, string Reason);
