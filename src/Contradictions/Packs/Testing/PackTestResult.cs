namespace Contradictions.Packs.Testing;

/// <summary>The outcome of one case of a pack's tests.</summary>
/// <param name="File">The test file.</param>
/// <param name="Line">The case's line in it.</param>
/// <param name="Name">The case's name.</param>
/// <param name="Rule">The rule it exercises, or null for a reading case.</param>
/// <param name="Family">The claim family of a reading case (its file's <c>family</c>), or null for a rule's case.</param>
/// <param name="Passed">Whether the pack did what the case expects.</param>
/// <param name="Message">What went wrong, or an empty string.</param>
/// <remarks>
/// A rule's cases are strict: any failure is a failure of the pack. Reading cases are graded: their pass rate per
/// family is what counts.
/// </remarks>
public sealed record PackTestResult(string File, int Line, string Name, string? Rule, string? Family, bool Passed, string Message);
