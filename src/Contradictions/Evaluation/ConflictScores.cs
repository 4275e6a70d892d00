using Contradictions.Rules;

namespace Contradictions.Evaluation;

/// <summary>Which listed conflicts a check found, which it missed, and which of its findings the list does not have.</summary>
/// <param name="Found">The listed conflicts found, each with the findings that found it, in the order of the list.</param>
/// <param name="Missed">The listed conflicts no finding found, in the order of the list.</param>
/// <param name="Outside">The findings that match no listed conflict, in the report's order.</param>
public sealed record ConflictScores(IReadOnlyList<FoundConflict> Found, IReadOnlyList<ListedConflict> Missed, IReadOnlyList<Finding> Outside)
{
    /// <summary>How many conflicts the list has.</summary>
    public int Listed => Found.Count + Missed.Count;
}

/// <summary>A listed conflict and the ids of the findings that found it.</summary>
/// <param name="Conflict">The listed conflict.</param>
/// <param name="Findings">The ids of the findings whose evidence has both of its sides.</param>
public sealed record FoundConflict(ListedConflict Conflict, IReadOnlyList<string> Findings);
