using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reliability;
using Contradictions.Suppressions;
using Contradictions.Rules;
using Contradictions.Text;

namespace Contradictions.Reporting;

/// <summary>The result of a check: what was read, what each source claims, where sources disagree and agree.</summary>
/// <param name="Pack">The name of the rule pack used.</param>
/// <param name="Sources">Every source read, ordered by id.</param>
/// <param name="Assertions">Every assertion extracted, ordered by source and position.</param>
/// <param name="Findings">Conflicts, ordered by source, line, column and rule.</param>
/// <param name="Corroborations">Claims two or more sources agree on.</param>
/// <param name="References">The reference facts that appear as evidence.</param>
/// <param name="Notes">Inputs that could not be read or were skipped, and why.</param>
public sealed record Report(
    string Pack,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<Assertion> Assertions,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Corroboration> Corroborations,
    IReadOnlyList<ReferenceFact> References,
    IReadOnlyList<InputNote> Notes)
{
    /// <summary>Sources ranked by trust, each with the claims that moved its score; empty in a report built by hand.</summary>
    public IReadOnlyList<SourceScore> Reliability { get; init; } = [];

    /// <summary>
    /// The timeline: how values that change over time (a schedule) changed, as the sources and facts tell it, for each
    /// subject of which two states are told; ordered by topic and subject. Empty in a report built by hand.
    /// </summary>
    public IReadOnlyList<History> Histories { get; init; } = [];

    /// <summary>Findings silenced by an inline marker or the baseline, with the reason: counted, never lost.</summary>
    public IReadOnlyList<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>The baseline the check used, by its file's path when it was read from one; null when it used none.</summary>
    public string? Baseline { get; init; }

    /// <summary>How many findings the baseline silenced (the rest of <see cref="Suppressed"/> were silenced by markers in the articles).</summary>
    public int SilencedByBaseline => Suppressed.Count(s => s.Reason.StartsWith("in the baseline", StringComparison.Ordinal));

    /// <summary>
    /// The report's summary sentence, as every format shows it, e.g. "5 sources read, 71 assertions, 10 conflicts (7
    /// errors and 3 warnings), 22 corroborations."
    /// </summary>
    public string Summary => ReportSummary.Sentence(this);

    /// <summary>The conflict rules of the pack used, whether or not they found anything; empty in a report built by hand.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>
    /// The sources' texts and paths, ordered like <see cref="Sources"/>: writers use them to show a quote in its context
    /// and to locate it exactly. Empty in a report built by hand; writers then make do with the quotes.
    /// </summary>
    public IReadOnlyList<SourceDocument> Documents { get; init; } = [];

    /// <summary>
    /// The sources read from a file whose texts were let go, ordered like <see cref="Sources"/>: the HTML and SARIF
    /// writers read the files again for the sentences they quote, so that no text is held for the whole check.
    /// </summary>
    internal IReadOnlyList<SourceFile> Files { get; init; } = [];

    /// <summary>
    /// True when no source was read: every input was missing, empty or unreadable, and <see cref="Notes"/> says why. A
    /// report of nothing has no findings, so a caller that acts on findings alone would take it for a clean one.
    /// </summary>
    public bool NothingRead => Sources.Count == 0;

    /// <summary>Throws when <see cref="NothingRead"/>, with every note on the inputs in the message.</summary>
    /// <exception cref="InvalidOperationException">When no source was read.</exception>
    public void ThrowIfNothingRead()
    {
        if (NothingRead)
        {
            var notes = Notes.Select(n => $"{n.Input}: {n.Kind.ToString().ToLowerInvariant()}: {n.Message}");
            throw new InvalidOperationException(
                Notes.Count == 0 ? "No source was read: no input was given." : $"No source was read: {string.Join("; ", notes)}. Relative paths are resolved against the working folder, {Environment.CurrentDirectory}.");
        }
    }

    /// <summary>True when any finding is at or above <paramref name="severity"/>.</summary>
    public bool HasFindingsAtLeast(Severity severity) => Findings.Any(f => f.Severity >= severity);
}

/// <summary>A source as the report lists it.</summary>
/// <param name="Id">The source id (file name).</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Its publisher, when known.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Assertions">How many assertions were read from it.</param>
public sealed record SourceSummary(string Id, string Title, string? Publisher, DateOnly? Published, int Assertions)
{
    /// <summary>The article's address, when its sidecar metadata gives one.</summary>
    public string? Url { get; init; }
}

/// <summary>An input that was skipped or read with trouble; the run goes on over the others.</summary>
/// <param name="Input">The path as given.</param>
/// <param name="Message">What was wrong and what was done.</param>
/// <param name="Kind">Whether the input was skipped, or read with a warning.</param>
public sealed record InputNote(string Input, string Message, InputNoteKind Kind = InputNoteKind.Skipped);

/// <summary>What became of an input that a note is about.</summary>
public enum InputNoteKind
{
    /// <summary>The input was not read: it does not exist, cannot be read, or is not text.</summary>
    Skipped,

    /// <summary>The input was read, but something was lost or guessed, such as bytes invalid in its encoding.</summary>
    Warning,
}

/// <summary>
/// A source read from a file and let go: where to read it again, and what its text was, so that a file changed since
/// the check is noticed and its quotes shown without their places rather than at wrong ones.
/// </summary>
/// <param name="Id">The source id.</param>
/// <param name="Path">The path it was read from.</param>
/// <param name="Length">The length of its decoded text, in characters.</param>
/// <param name="Hash">The text's hash in this process (<see cref="string.GetHashCode()"/>): a report is written by the process that checked.</param>
internal sealed record SourceFile(string Id, string Path, int Length, int Hash)
{
    /// <summary>The file of a source, remembered from its text.</summary>
    public static SourceFile Of(string id, string path, string text) => new(id, path, text.Length, text.GetHashCode(StringComparison.Ordinal));

    /// <summary>True when <paramref name="text"/> is the text this source had when it was checked.</summary>
    public bool Matches(string text) => text.Length == Length && text.GetHashCode(StringComparison.Ordinal) == Hash;
}
