using Contradictions.Rules;
using Contradictions.Suppressions;

namespace Contradictions;

/// <summary>What a checker does beyond its pack: rules switched off, severities changed, findings already reviewed, texts kept or let go.</summary>
internal sealed record CheckerSettings(
    IReadOnlySet<string> DisabledRules,
    IReadOnlyDictionary<string, Severity> Severities,
    Baseline? Baseline)
{
    public static CheckerSettings Default { get; } = new(new HashSet<string>(), new Dictionary<string, Severity>(), null);

    /// <summary>Whether reports keep the sources' texts (<see cref="Reporting.Report.Documents"/>).</summary>
    public bool KeepTexts { get; init; } = true;
}
