namespace Contradictions.Text;

/// <summary>Where a piece of text stands in its source: 1-based line and column, 0-based character offset and length.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in characters (UTF-16 code units).</param>
/// <param name="Offset">0-based character offset from the start of the text.</param>
/// <param name="Length">Length in characters.</param>
public sealed record SourceLocation(int Line, int Column, int Offset, int Length);
