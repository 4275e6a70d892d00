namespace Contradictions.Claims;

/// <summary>Why an assertion reads as it does: the pattern that matched and the words that set its polarity, modality and date.</summary>
/// <param name="Pattern">The id of the pack frame or pattern that matched.</param>
/// <param name="PatternFile">The pack file the pattern is defined in.</param>
/// <param name="Matched">The words the pattern matched, as read (after typographic folding).</param>
/// <param name="Subject">How the subject was found: named, or which earlier entity an anaphor or list header stands for.</param>
/// <param name="PolarityWords">The words that denied the claim, and the pattern's own polarity when it sets one; empty when stated.</param>
/// <param name="ModalityWords">The word that hedged the claim or made it a capability, or the pattern's fixed modality.</param>
/// <param name="DateWords">The words read as the date, when there are any.</param>
/// <param name="DateReading">How the date was read: the interval, or why it was left open.</param>
public sealed record Explanation(
    string Pattern,
    string PatternFile,
    string Matched,
    string Subject,
    IReadOnlyList<string> PolarityWords,
    IReadOnlyList<string> ModalityWords,
    string? DateWords,
    string? DateReading)
{
    /// <summary>For a frame: each argument it filled (trigger, subject, value, object, date, qualifiers) with its words.</summary>
    public IReadOnlyList<(string Name, string Words)> Arguments { get; init; } = [];

    /// <summary>The words that bound when the claim holds ("until", "formerly"); empty when none did.</summary>
    public IReadOnlyList<string> TimeWords { get; init; } = [];
}
