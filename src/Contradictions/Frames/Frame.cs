using Contradictions.Claims;

namespace Contradictions.Frames;

/// <summary>
/// Where a frame's argument may stand relative to its trigger, in tokens of the same clause: up to
/// <paramref name="Before"/> tokens before it and up to <paramref name="After"/> after it, the side named by
/// <paramref name="PreferAfter"/> tried first and the nearest words first on each side.
/// </summary>
/// <param name="Before">How far before the trigger; 0 for not before.</param>
/// <param name="After">How far after the trigger; 0 for not after.</param>
/// <param name="PreferAfter">True to look after the trigger first.</param>
/// <param name="Lexicon">For a required argument: the lexicon whose words fill it.</param>
/// <param name="Fixed">A value the frame sets without reading it ("stronger", an entity id).</param>
/// <param name="SameEntity">For a subject: the entity the trigger itself names ("L-dopa (levodopa)").</param>
/// <param name="Required">For a qualifier or date: no claim without it ("off-label" says nothing without the use).</param>
/// <param name="Kinds">For a subject: the entity kinds it may be, or null for any. A name in apposition may then be
/// the subject: in "Tylenol (acetaminophen) is sold in pharmacies", a frame for substances reads the name in brackets.</param>
/// <param name="ParagraphTopic">For a subject: a sentence that names nothing takes the entity its paragraph named last.</param>
/// <param name="Any">For a value: the claim names none and is about every value at once ("is not a controlled
/// substance" denies every schedule).</param>
internal sealed record ArgumentPlace(int Before, int After, bool PreferAfter, string? Lexicon = null, string? Fixed = null, bool SameEntity = false, bool Required = false, IReadOnlyList<string>? Kinds = null, bool ParagraphTopic = false, bool Any = false)
{
    /// <summary>Anywhere in the clause, after the trigger first.</summary>
    public static ArgumentPlace Clause { get; } = new(int.MaxValue, int.MaxValue, true);

    /// <summary>The trigger's own words and none around them: a frame triggered by its predicate's value words.</summary>
    public static ArgumentPlace Trigger { get; } = new(0, 0, true);
}

/// <summary>
/// A claim family's event, as Odin writes one: trigger words and the arguments around them. The trigger's words
/// and lexicons are matched on base forms; polarity and modality come from the language's cues unless the frame
/// fixes them ("off-label" denies approval).
/// </summary>
internal sealed record Frame(
    string Id,
    string Predicate,
    IReadOnlyList<string> Triggers,
    ArgumentPlace Subject,
    ArgumentPlace? Object,
    ArgumentPlace? Value,
    IReadOnlyDictionary<string, ArgumentPlace> Requires,
    IReadOnlyDictionary<string, ArgumentPlace> Unless,
    ArgumentPlace Date,
    IReadOnlyDictionary<string, ArgumentPlace> Qualifiers,
    Polarity? Polarity,
    Modality? Modality,
    string File)
{
    /// <summary>
    /// Cue kinds that do not apply to this frame: a frame whose claim is a recommendation ("the agency recommended
    /// that it be controlled") ignores the hypothetical cue that a recommendation is for other frames.
    /// </summary>
    public IReadOnlyList<Cues.CueKind> IgnoredCues { get; init; } = [];

    /// <summary>Where a factor ("four times", "8-fold") may stand, for a comparison that says by how much; null for none.</summary>
    public ArgumentPlace? Factor { get; init; }

    /// <summary>The lexicons the trigger names (<c>@name</c>), by name.</summary>
    public IEnumerable<string> TriggerLexicons => Triggers.Where(t => t.StartsWith('@')).Select(t => t[1..]);

    /// <summary>The trigger's words and phrases: its own, and those of the lexicons it names.</summary>
    public IEnumerable<string> TriggerWords(IReadOnlyDictionary<string, IReadOnlyList<string>> lexicons) =>
        Triggers.SelectMany(t => t.StartsWith('@') ? lexicons[t[1..]] : [t]);

    /// <summary>Where a subject is looked for when a frame does not say: before the trigger first, then just after it.</summary>
    public static ArgumentPlace DefaultSubject { get; } = new(12, 6, false);

    /// <summary>Where a date is looked for when a frame does not say: the clause, after the trigger first.</summary>
    public static ArgumentPlace DefaultDate { get; } = new(12, 12, true);
}
