using Contradictions.Claims.Normalizers;
using Contradictions.Cues;
using Contradictions.Text;
using Contradictions.Text.Tokens;

namespace Contradictions.Packs;

/// <summary>
/// The words of one language that extraction needs: abbreviations and label words (what a period after a word means),
/// negation, hedges, anaphors, dates.
/// </summary>
internal sealed record Language(
    Abbreviations Abbreviations,
    IReadOnlyList<string> Negation,
    IReadOnlyList<string> NotNegation,
    IReadOnlyList<string> MayWords,
    IReadOnlyList<string> CanWords,
    IReadOnlyList<string> Anaphors,
    IReadOnlyList<string> ClauseBreaks,
    IReadOnlyList<string> Months,
    IReadOnlyDictionary<string, DatePart> DateParts,
    IReadOnlyList<string> MonthYearJoiners,
    IReadOnlyList<string> DateArticles,
    IReadOnlyList<string> VagueMentions)
{
    /// <summary>Relative dates ("for nearly 50 years") and date ranges ("between 1962 and 1964").</summary>
    public RelativeDateWords RelativeDates { get; init; } = RelativeDateWords.None;

    /// <summary>Anaphors that stand only for entities of some kinds ("the spray": products); others stand for any entity.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AnaphorKinds { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Per qualifier id, words that stand for its value named last ("the condition": the indication), within
    /// <see cref="Frames.SentenceReader.AnaphorReach"/> blocks. Qualifiers the pack does not have are passed over.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> QualifierAnaphors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Negation, hedge, capability and hypothetical cues with their direction and reach, as frames read them.</summary>
    public IReadOnlyList<Cue> Cues { get; init; } = [];

    /// <summary>Words that end a cue's scope besides the clause breaks ("except", "yet").</summary>
    public IReadOnlyList<string> CueTerminators { get; init; } = [];

    /// <summary>
    /// Words that make the verb after them passive ("was approved"), whose subject stands before it, whatever
    /// side the frame prefers.
    /// </summary>
    public IReadOnlyList<string> PassiveAuxiliaries { get; init; } = [];

    /// <summary>Words that join the items of a list ("fever, headache and colds"), besides punctuation.</summary>
    public IReadOnlyList<string> ListJoiners { get; init; } = [];

    /// <summary>Words that open a relative clause about the name just before them ("X, which is sold as Y").</summary>
    public IReadOnlyList<string> RelativePronouns { get; init; } = [];

    /// <summary>How factors are said ("four times", "8-fold", "twice"), for frames that read one.</summary>
    public FactorWords Factors { get; init; } = FactorWords.None;

    /// <summary>Words that open a leading clause whose anaphor stands for the name after its comma ("Since it is sold, X ...").</summary>
    public IReadOnlyList<string> CataphoraOpeners { get; init; } = [];

    /// <summary>The suffix rules and exceptions that give words their base forms.</summary>
    public BaseForms BaseForms { get; init; } = BaseForms.None;
}
