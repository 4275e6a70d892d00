using Contradictions.Rules;
using Contradictions.Suppressions;

namespace Contradictions;

/// <summary>What a checker does beyond its pack: rules switched off, severities changed, findings already reviewed.</summary>
internal sealed record CheckerSettings(
    IReadOnlySet<string> DisabledRules,
    IReadOnlyDictionary<string, Severity> Severities,
    Baseline? Baseline)
{
    public static CheckerSettings Default { get; } = new(new HashSet<string>(), new Dictionary<string, Severity>(), null);
}
