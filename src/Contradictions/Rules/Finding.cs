namespace Contradictions.Rules;

/// <summary>A conflict between sources (or within one), with every piece of evidence on each side.</summary>
/// <param name="Id">A stable id: the same conflict gets the same id on every run.</param>
/// <param name="Rule">The id of the rule that found it.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Topic">The predicate's topic, for grouping in reports.</param>
/// <param name="Message">What is in conflict, in words.</param>
/// <param name="Evidence">The assertions and reference facts on each side, sides in order.</param>
/// <param name="SelfContradicting">Sources that stand on more than one side: they contradict themselves.</param>
public sealed record Finding(
    string Id,
    string Rule,
    Severity Severity,
    string Topic,
    string Message,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> SelfContradicting)
{
    /// <summary>Why the rule calls the sides incompatible, e.g. "dates 1960–1969 and 1997 do not overlap".</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The side a reference fact stands on, when exactly one side has one; the reference decides it.</summary>
    public string? ReferenceSupports { get; init; }

    /// <summary>
    /// What each side claims, in words, by side label: the whole claim in the pack's wording ("X is in class C, placed
    /// there by agency A") where the label names only what differs ("agency A"). Empty in a finding built by hand or
    /// read back from JSON; writers then show the labels.
    /// </summary>
    public IReadOnlyDictionary<string, string> SideClaims { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Why the finding is graded one step below its rule's severity, e.g. because only secondary reference facts
    /// decide it; null when it keeps the rule's severity.
    /// </summary>
    public string? GradedLower { get; init; }
}

/// <summary>One side's support for a finding or a corroboration: an article's sentence, or a reference fact.</summary>
/// <param name="Side">What this side says, e.g. a value, a date or <c>does not cause</c>.</param>
/// <param name="Source">The source id (file name), or the fact id for a reference fact.</param>
/// <param name="Line">1-based line in the source (for a reference fact, in the pack file).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Quote">The sentence, or the fact's statement.</param>
/// <param name="Assertion">The id of the assertion behind it.</param>
/// <param name="Reference">True for a reference fact.</param>
/// <param name="Url">For a reference fact, where it can be checked.</param>
/// <param name="Kind">For a reference fact, the kind of authority it cites.</param>
/// <param name="Modality">How the claim is made: as fact, as a capability ("can"), or hedged ("may", "is thought to").</param>
public sealed record Evidence(
    string Side,
    string Source,
    int Line,
    int Column,
    string Quote,
    string Assertion,
    bool Reference = false,
    string? Url = null,
    Packs.FactKind? Kind = null,
    Claims.Modality Modality = Claims.Modality.States)
{
    /// <summary>
    /// The file that <see cref="Line"/> and <see cref="Column"/> count in, when it is not the source's own text: the
    /// sidecar (<c>NAME.meta.yaml</c>) for a claim read from the title given there. Null for the source's own text.
    /// </summary>
    public string? File { get; init; }

    /// <summary>Where reports point a reader: the file the line and column count in (the source, or its sidecar).</summary>
    public string Place => File ?? Source;
}

/// <summary>Two or more sources saying the same thing: reported as agreement, never as a conflict.</summary>
/// <param name="Topic">The predicate's topic.</param>
/// <param name="Statement">What they agree on, in words.</param>
/// <param name="Sources">How many distinct articles agree; reference facts are counted apart (<see cref="Facts"/>).</param>
/// <param name="Evidence">Where each says it.</param>
/// <param name="DisputedBy">
/// Ids of findings in which this agreement stands on the side no reference fact refutes: agreeing is not being right. A
/// claim a finding refutes is not agreement at all; it is shown only under that finding.
/// </param>
public sealed record Corroboration(string Topic, string Statement, int Sources, IReadOnlyList<Evidence> Evidence, IReadOnlyList<string> DisputedBy)
{
    /// <summary>How many distinct reference facts agree with the articles.</summary>
    public int Facts => Evidence.Where(e => e.Reference).Select(e => e.Source).Distinct(StringComparer.Ordinal).Count();
}
