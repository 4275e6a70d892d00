namespace Contradictions.Packs;

/// <summary>
/// The words a language says factors with: "four times", "8-fold", "3-4x", "twice", "half". A number is digits or a
/// number word; a range joins two numbers; a unit follows them. Some words are a factor on their own.
/// </summary>
/// <param name="Units">Words after a number that make it a factor (<c>times</c>, <c>fold</c>, <c>x</c>).</param>
/// <param name="Numbers">Number words and their values (<c>four: 4</c>).</param>
/// <param name="Words">Phrases that are a factor by themselves (<c>twice: 2</c>; <c>half: 2</c>, as the other is twice as strong).</param>
/// <param name="RangeJoiners">Words between the two numbers of a range (<c>to</c>, <c>-</c>).</param>
internal sealed record FactorWords(
    IReadOnlyList<string> Units,
    IReadOnlyDictionary<string, decimal> Numbers,
    IReadOnlyDictionary<string, decimal> Words,
    IReadOnlyList<string> RangeJoiners)
{
    /// <summary>No factor words: no factor is read.</summary>
    public static FactorWords None { get; } = new([], new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), []);

    /// <summary>Words before a factor that make it the top of a range from 1 (<c>up to</c>: "up to three times as potent" is 1 to 3).</summary>
    public IReadOnlyList<string> UpTo { get; init; } = [];
}
