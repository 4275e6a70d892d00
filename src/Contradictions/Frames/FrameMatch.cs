using Contradictions.Claims;
using Contradictions.Cues;
using Contradictions.Entities;

namespace Contradictions.Frames;

/// <summary>One argument a frame filled: its name, its words, and its tokens.</summary>
internal sealed record FilledArgument(string Name, string Words, int Start, int End);

/// <summary>What one frame read at one trigger: the claim's parts, and the words behind each, for the explanation.</summary>
internal sealed record FrameMatch(
    Frame Frame,
    EntityMention Subject,
    string? Object,
    string? ObjectWords,
    ClaimValue? Value,
    DateSpan? Date,
    IReadOnlyList<Qualifier> Qualifiers,
    IReadOnlyList<IReadOnlyList<Qualifier>> QualifierLists,
    Polarity Polarity,
    Modality Modality,
    IReadOnlyList<CueHit> PolarityCues,
    IReadOnlyList<CueHit> ModalityCues,
    IReadOnlyList<FilledArgument> Arguments,
    int Start,
    int End)
{
    /// <summary>By how much, for a comparison that says it ("four times higher"); null otherwise.</summary>
    public Claims.Normalizers.Factor? Factor { get; init; }

    /// <summary>Whether the words bound when the claim holds ("until 2018", "formerly").</summary>
    public TimeBound Bound { get; init; }

    /// <summary>The cues that set <see cref="Bound"/>.</summary>
    public IReadOnlyList<CueHit> TimeCues { get; init; } = [];

    /// <summary>The until cue right before an event's date ("before 2000"), which makes the date an upper bound; null otherwise.</summary>
    public CueHit? DateUpTo { get; init; }
}
