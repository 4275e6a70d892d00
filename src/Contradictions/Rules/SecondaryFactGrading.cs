using Contradictions.Packs;

namespace Contradictions.Rules;

/// <summary>
/// Grades a finding one step lower (error to warning, warning to info) when the side the reference supports rests only
/// on secondary facts: an editor does not take a blog or a fact site as the authority that decides an error.
/// </summary>
internal static class SecondaryFactGrading
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings) =>
        findings.Any(NeedsLowering) ? findings.Select(f => NeedsLowering(f) ? Lowered(f) : f).ToList() : findings;

    private static bool NeedsLowering(Finding finding) =>
        finding.Severity != Severity.Info && DecidingFacts(finding) is { Count: > 0 } facts && facts.All(e => e.Kind == FactKind.Secondary);

    /// <summary>The reference facts on the side the reference supports; none when no one side has them.</summary>
    private static List<Evidence> DecidingFacts(Finding finding) =>
        finding.ReferenceSupports is { } side ? finding.Evidence.Where(e => e.Reference && e.Side == side).ToList() : [];

    private static Finding Lowered(Finding finding)
    {
        var lower = finding.Severity - 1;
        var facts = string.Join(", ", DecidingFacts(finding).Select(e => e.Source).Distinct(StringComparer.Ordinal));
        return finding with
        {
            Severity = lower,
            GradedLower = $"{Word(lower)}, not {Word(finding.Severity)}: only secondary reference facts decide it ({facts})",
        };
    }

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();
}
