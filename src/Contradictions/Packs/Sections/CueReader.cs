using Contradictions.Cues;
using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>Reads <c>language.cues</c>: the words that negate, hedge or make hypothetical the claims they reach, or bound
/// when they hold.</summary>
internal static class CueReader
{
    /// <summary>How far a cue reaches, in tokens, when the language does not say.</summary>
    private const int DefaultCueReach = 6;

    public static List<Cue> Read(LanguageDto dto)
    {
        var reach = dto.Cues?.Reach ?? DefaultCueReach;
        var cues = new List<Cue>();
        void Add(IEnumerable<string>? words, CueKind kind, CueDirection direction, int? ownReach)
        {
            cues.AddRange((words ?? []).Select(w => new Cue(w, kind, direction, ownReach ?? reach)));
        }

        // Without a cues section, the patterns' words (negation, not-negation, modality) are forward cues.
        if (dto.Cues is null)
        {
            Add(dto.Negation, CueKind.Negation, CueDirection.Forward, null);
            Add(dto.NotNegation, CueKind.PseudoNegation, CueDirection.Forward, null);
            Add(dto.Modality?.May, CueKind.Hedge, CueDirection.Forward, null);
            Add(dto.Modality?.Can, CueKind.Capability, CueDirection.Forward, null);
        }
        foreach (var (words, kind) in new[] { (dto.Cues?.Negation, CueKind.Negation), (dto.Cues?.Hedge, CueKind.Hedge), (dto.Cues?.Capability, CueKind.Capability), (dto.Cues?.Hypothetical, CueKind.Hypothetical), (dto.Cues?.Until, CueKind.Until), (dto.Cues?.Past, CueKind.Past), (dto.Cues?.Later, CueKind.Later), (dto.Cues?.Recommendation, CueKind.Recommendation), (dto.Cues?.RecommendationAgainst, CueKind.RecommendationAgainst) })
        {
            Add(words?.Forward, kind, CueDirection.Forward, words?.Reach);
            Add(words?.Backward, kind, CueDirection.Backward, words?.Reach);
            Add(words?.Both, kind, CueDirection.Both, words?.Reach);
        }

        Add(dto.Cues?.PseudoNegation, CueKind.PseudoNegation, CueDirection.Forward, null);
        return cues;
    }
}
