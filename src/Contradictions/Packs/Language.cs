using Contradictions.Claims.Normalizers;

namespace Contradictions.Packs;

/// <summary>The words of one language that extraction needs: abbreviations, negation, hedges, anaphors, dates.</summary>
internal sealed record Language(
    IReadOnlySet<string> Abbreviations,
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
    IReadOnlyList<string> VagueMentions);
