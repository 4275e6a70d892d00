using Contradictions.Reporting;

namespace Contradictions.Evaluation;

/// <summary>How a pack reads a folder of articles with gold files: its claims scored, and its findings against the conflict list.</summary>
/// <param name="Gold">The gold files read, in ordinal order of path.</param>
/// <param name="Claims">The extractor against the gold claims.</param>
/// <param name="Conflicts">The findings against the folder's <c>conflicts.yaml</c>; null when the folder has none.</param>
/// <param name="Report">The check of the articles the gold files describe; its notes say which could not be read.</param>
public sealed record PackEvaluation(IReadOnlyList<GoldFile> Gold, ClaimScores Claims, ConflictScores? Conflicts, Report Report);
