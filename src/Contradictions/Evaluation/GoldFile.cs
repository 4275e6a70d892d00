namespace Contradictions.Evaluation;

/// <summary>A gold file, <c>NAME.claims.yaml</c>: the article it describes and every claim a careful reader finds in it.</summary>
/// <param name="Path">The gold file's path.</param>
/// <param name="Article">The article's path: the gold file's <c>source:</c>, or <c>NAME.txt</c> (.md, .html) beside it.</param>
/// <param name="Claims">The claims, in the order of the file.</param>
public sealed record GoldFile(string Path, string Article, IReadOnlyList<GoldClaim> Claims);
