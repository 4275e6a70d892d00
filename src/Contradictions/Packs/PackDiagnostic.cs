namespace Contradictions.Packs;

/// <summary>A problem in a rule pack, with where it is and how to fix it.</summary>
/// <param name="Code">A stable code, e.g. <c>CTR201</c>.</param>
/// <param name="File">The pack file, relative to the pack folder.</param>
/// <param name="Line">1-based line, or 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record PackDiagnostic(string Code, string File, int Line, int Column, string Message, string Hint)
{
    /// <summary>One line: <c>CODE file:line:column: message (hint)</c>.</summary>
    public override string ToString() => $"{Code} {File}:{Line}:{Column}: {Message} ({Hint})";
}
