using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Cues;

/// <summary>What a cue does to the claims in its scope.</summary>
internal enum CueKind
{
    /// <summary>Denies: "not", "never", "without".</summary>
    Negation,

    /// <summary>Looks like a negation and is not one ("not only", "no doubt"); it hides the negation inside it.</summary>
    PseudoNegation,

    /// <summary>Hedges: "may", "might", "is thought to".</summary>
    Hedge,

    /// <summary>States a capability: "can", "could".</summary>
    Capability,

    /// <summary>Makes it no claim at all: "if", "will", "is expected to".</summary>
    Hypothetical,

    /// <summary>Ends when the claim holds: "Schedule I until 2018" held up to its date, or to some time before the source.</summary>
    Until,

    /// <summary>Says the claim held once and no longer: "formerly", "previously", "used to".</summary>
    Past,

    /// <summary>Says the claim came after what its source told before: "was later moved to Schedule V".</summary>
    Later,

    /// <summary>
    /// Recommends the claim: "recommended that it be controlled". No claim, as a hypothetical, except for a frame whose
    /// claim is the recommendation itself (it ignores this kind).
    /// </summary>
    Recommendation,

    /// <summary>Recommends against the claim: "advised against", "declined to recommend". No claim, or a denial for a frame that reads recommendations.</summary>
    RecommendationAgainst,
}

/// <summary>How a pack names cue kinds: as its keys under <c>cues:</c> ("negation", "recommendation-against").</summary>
internal static class CueKindNames
{
    public static string Of(CueKind kind) => HyphenatedNamingConvention.Instance.Apply(kind.ToString());
}

/// <summary>Which way a cue's scope runs from it.</summary>
internal enum CueDirection
{
    /// <summary>Over the words after it: "not approved".</summary>
    Forward,

    /// <summary>Over the words before it: "approved, which is untrue".</summary>
    Backward,

    /// <summary>Both ways.</summary>
    Both,
}

/// <summary>
/// One cue phrase of the language, as ConText writes them: its kind, direction and reach in tokens. A scope ends at
/// its reach, at a clause break, or at a terminator ("but", "however").
/// </summary>
/// <param name="Phrase">The words.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Direction">Which way it reaches.</param>
/// <param name="Reach">How many tokens it reaches.</param>
internal sealed record Cue(string Phrase, CueKind Kind, CueDirection Direction, int Reach);
