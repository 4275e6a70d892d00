namespace Contradictions.Reliability;

/// <summary>How far a source can be trusted, from how often its claims agree with reference facts and other sources.</summary>
/// <param name="Source">The source id.</param>
/// <param name="Trust">Trust from 0 to 1: the mean confidence of the claims it makes.</param>
/// <param name="Claims">How many claims of the source were scored.</param>
/// <param name="Reasons">The claims that moved the score most: the three least confident, then the two most confident.</param>
public sealed record SourceScore(string Source, double Trust, int Claims, IReadOnlyList<ScoreReason> Reasons);

/// <summary>One claim of a source and the confidence the sources and references together give it.</summary>
/// <param name="Assertion">The assertion id.</param>
/// <param name="Line">Its line in the source.</param>
/// <param name="Statement">The claim in words.</param>
/// <param name="Confidence">Confidence in the claim from 0 to 1: high when trusted sources agree, low when disputed.</param>
public sealed record ScoreReason(string Assertion, int Line, string Statement, double Confidence);
