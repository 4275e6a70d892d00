using Contradictions.Packs;

namespace Contradictions.Rules;

/// <summary>
/// Grades a finding one step lower (error to warning, warning to info) when it is weaker than its rule assumes:
/// <list type="bullet">
/// <item>the side the reference supports rests only on secondary facts: an editor does not take a blog or a fact site as
/// the authority that decides an error;</item>
/// <item>the contrary side is only hedged ("may", "is thought to"): the article itself does not claim it as fact.</item>
/// </list>
/// Two reasons still lower it one step, and the finding names both: each says the finding is less certain than its
/// rule, not that it is two steps less certain; an error both hedged and decided by a blog stays worth a look.
/// </summary>
internal static class FindingGrading
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings) =>
        findings.Any(NeedsLowering) ? findings.Select(f => NeedsLowering(f) ? Lowered(f) : f).ToList() : findings;

    private static bool NeedsLowering(Finding finding) => finding.Severity != Severity.Info && Reasons(finding).Count > 0;

    private static List<string> Reasons(Finding finding)
    {
        var reasons = new List<string>();
        if (DecidingFacts(finding) is { Count: > 0 } facts && facts.All(e => e.Kind == FactKind.Secondary))
        {
            reasons.Add($"only secondary reference facts decide it ({string.Join(", ", facts.Select(e => e.Source).Distinct(StringComparer.Ordinal))})");
        }

        if (HedgedSides.Contrary(finding) is { Count: > 0 } hedged)
        {
            var side = string.Join(", ", hedged.Select(s => $"\u201C{s}\u201D"));
            reasons.Add(finding.ReferenceSupports is null
                ? $"one side ({side}) is only hedged, not stated as fact"
                : $"the side the reference refutes ({side}) is only hedged, not stated as fact");
        }

        return reasons;
    }

    /// <summary>The reference facts on the side the reference supports; none when no one side has them.</summary>
    private static List<Evidence> DecidingFacts(Finding finding) =>
        finding.ReferenceSupports is { } side ? finding.Evidence.Where(e => e.Reference && e.Side == side).ToList() : [];

    private static Finding Lowered(Finding finding)
    {
        var lower = finding.Severity - 1;
        return finding with
        {
            Severity = lower,
            GradedLower = $"{Word(lower)}, not {Word(finding.Severity)}: {string.Join("; ", Reasons(finding))}",
        };
    }

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();
}
