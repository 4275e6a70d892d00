namespace Contradictions.Claims.Normalizers;

/// <summary>
/// The words of relative dates and date ranges in one language: "for nearly 50 years", "for decades",
/// "two decades ago", "between 1962 and 1964". Relative dates count back from a source's publication date.
/// </summary>
/// <param name="Units">Unit words and how many years each is ("years": 1, "decades": 10).</param>
/// <param name="Numbers">Number words ("fifty": 50, "a": 1); digits are always read.</param>
/// <param name="Fewer">Words that make the span a little shorter than said ("nearly", "almost").</param>
/// <param name="More">Words that make it a little longer ("over", "more than").</param>
/// <param name="About">Words that make it about as long ("about", "around").</param>
/// <param name="Ago">Words after the span that mean a point in the past ("ago").</param>
/// <param name="RangeOpeners">Words before the first date of a range ("from", "between").</param>
/// <param name="RangeJoiners">Words between the two dates of a range ("to", "and"); a dash always joins.</param>
internal sealed record RelativeDateWords(
    IReadOnlyDictionary<string, int> Units,
    IReadOnlyDictionary<string, int> Numbers,
    IReadOnlyList<string> Fewer,
    IReadOnlyList<string> More,
    IReadOnlyList<string> About,
    IReadOnlyList<string> Ago,
    IReadOnlyList<string> RangeOpeners,
    IReadOnlyList<string> RangeJoiners)
{
    /// <summary>Unit words that stand for a span without a number ("decades"); with none listed, every unit may.</summary>
    public IReadOnlyList<string> Alone { get; init; } = [];

    /// <summary>Words for the year of publication ("this year"), read in dates such as "March 5 of this year".</summary>
    public IReadOnlyList<string> ThisYear { get; init; } = [];

    /// <summary>
    /// Named periods and the years they span ("Vietnam War": 1955–1975), keyed as written with single spaces and
    /// looked up in any case; an article before one is read as before any date ("during the Vietnam War"). A
    /// period whose name starts with a capital is read only when written so: "a cold war between clinics" is none.
    /// </summary>
    public IReadOnlyDictionary<string, DateInterval> Periods { get; init; } = new Dictionary<string, DateInterval>();

    /// <summary>No relative dates and no ranges but dashes.</summary>
    public static RelativeDateWords None { get; } = new(
        new Dictionary<string, int>(),
        new Dictionary<string, int>(),
        [],
        [],
        [],
        [],
        [],
        []);
}
