using Contradictions.Claims.Normalizers;
using Contradictions.Text;

namespace Contradictions.Claims;

/// <summary>Whether a claim is stated or denied.</summary>
public enum Polarity
{
    /// <summary>The claim is stated: "X can cause Y".</summary>
    Affirmed,

    /// <summary>The claim is denied: "X does not cause Y", or a use called off-label.</summary>
    Negated,
}

/// <summary>How strongly a claim is made.</summary>
public enum Modality
{
    /// <summary>Said as a fact: "is", "causes", "was approved".</summary>
    States,

    /// <summary>Said as a capability: "can", "could".</summary>
    Can,

    /// <summary>Hedged: "may", "might", "is thought to", "reportedly".</summary>
    May,
}

/// <summary>Whether the source bounds when a claim holds, for predicates whose value changes over time.</summary>
public enum TimeBound
{
    /// <summary>No bound: a dated claim holds from its date, an undated one when the source was written.</summary>
    None,

    /// <summary>Held up to its date, or, undated, up to some time before the source: "Schedule I until 2018".</summary>
    Until,

    /// <summary>Held once and no longer: "formerly", "previously", "used to be".</summary>
    Past,

    /// <summary>Came about after the source's earlier dated claim of the same history, at a time it does not say: "was later moved".</summary>
    Later,
}

/// <summary>A qualifier of an assertion, such as its indication, authority, jurisdiction or dose condition.</summary>
/// <param name="Name">The qualifier's id in the pack, e.g. <c>indication</c>.</param>
/// <param name="Value">The normalized value id, as the pack names it.</param>
/// <param name="Text">The words in the source, or the pack's label for a reference fact.</param>
public sealed record Qualifier(string Name, string Value, string Text);

/// <summary>The normalized value of an assertion: an enum word, a schedule, or an entity.</summary>
/// <param name="Normalized">The canonical form, e.g. an enum value id, <c>III</c> or an entity id.</param>
/// <param name="Text">The words in the source.</param>
public sealed record ClaimValue(string Normalized, string Text);

/// <summary>
/// One normalized claim read from a source: who (subject), what (predicate, value, object), when (date),
/// under which conditions (qualifiers), how strongly (polarity, modality), and exactly where it was said.
/// </summary>
/// <param name="Id">Stable id: the source id and a 1-based ordinal, e.g. <c>002_fa06.txt#7</c>.</param>
/// <param name="SourceId">The source id (file name), or the reference fact id.</param>
/// <param name="Subject">The subject entity's id.</param>
/// <param name="SubjectText">The words used for the subject.</param>
/// <param name="SubjectInferred">True when the subject was resolved from earlier text ("it", "the drug", a list header).</param>
/// <param name="Predicate">The predicate id from the pack.</param>
/// <param name="Value">The normalized value, when the predicate has one.</param>
/// <param name="ObjectEntity">The second entity, for predicates that relate two entities.</param>
/// <param name="Date">When, as an interval.</param>
/// <param name="DateText">The date's words in the source.</param>
/// <param name="Qualifiers">Qualifiers, sorted by name then value.</param>
/// <param name="Polarity">Stated or denied.</param>
/// <param name="Modality">Stated as fact, capability, or hedged.</param>
/// <param name="Location">Line, column, offset and length of the matched words.</param>
/// <param name="Quote">The sentence the claim was read from.</param>
/// <param name="Pattern">The id of the pack pattern that matched.</param>
public sealed record Assertion(
    string Id,
    string SourceId,
    string Subject,
    string SubjectText,
    bool SubjectInferred,
    string Predicate,
    ClaimValue? Value,
    string? ObjectEntity,
    DateInterval? Date,
    string? DateText,
    IReadOnlyList<Qualifier> Qualifiers,
    Polarity Polarity,
    Modality Modality,
    SourceLocation Location,
    string Quote,
    string Pattern)
{
    // The location is held as four numbers, not as an object of its own: a crawl keeps a million assertions.
    private readonly int line = (Location ?? throw new ArgumentNullException(nameof(Location))).Line;
    private readonly int column = Location.Column;
    private readonly int offset = Location.Offset;
    private readonly int length = Location.Length;

    /// <summary>Line, column, offset and length of the matched words.</summary>
    /// <exception cref="ArgumentNullException">When set to null.</exception>
    public SourceLocation Location
    {
        get => new(line, column, offset, length);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            (line, column, offset, length) = (value.Line, value.Column, value.Offset, value.Length);
        }
    }

    /// <summary>The 1-based line, as <see cref="Location"/> gives it, without making a location.</summary>
    internal int Line => line;

    /// <summary>The 1-based column, as <see cref="Location"/> gives it, without making a location.</summary>
    internal int Column => column;

    /// <summary>The 0-based offset, as <see cref="Location"/> gives it, without making a location.</summary>
    internal int Offset => offset;

    /// <summary>
    /// The name of the file that <see cref="Location"/> counts in, when it is not the source's own text: the sidecar
    /// (<c>NAME.meta.yaml</c>) for a claim read from the title given there. Null for the source's own text.
    /// </summary>
    public string? File { get; init; }

    /// <summary>True when this assertion is a reference fact from the pack rather than a claim of an article.</summary>
    public bool IsReference { get; init; }

    /// <summary>
    /// For a reference fact, the date it is known to hold at ("as of 2019"); it is not compared with claims dated
    /// after that, which may describe a later change.
    /// </summary>
    public DateInterval? AsOf { get; init; }
    /// <summary>Whether the source bounds when the claim holds ("until 2018", "formerly"); read only for predicates whose value changes over time.</summary>
    public TimeBound Bound { get; init; }

    /// <summary>
    /// When the source was published, for claims of a predicate whose value changes over time: an undated claim holds
    /// then. Null for other predicates and for sources with no publication date.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>By how much, for a comparison that says it ("four times higher affinity"); null otherwise.</summary>
    public Factor? Factor { get; init; }

    /// <summary>Why the extractor read it so (pattern, polarity, modality and date words); null for reference facts.</summary>
    public Explanation? Explanation { get; init; }

    /// <summary>The value of the named qualifier, or <see langword="null"/>.</summary>
    public string? QualifierValue(string name) => Qualifiers.FirstOrDefault(q => q.Name == name)?.Value;
}
