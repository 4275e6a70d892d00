using System.Globalization;

namespace Contradictions.Claims.Normalizers;

/// <summary>
/// How many times one thing is another, as a comparison says it: "four times higher" is 4, "4 to 5 times lower" is
/// 4 to 5, "twice as potent" 2, and "half as potent" 2 as well, the direction being the claim's value.
/// </summary>
/// <param name="Low">The factor, or the low end of a range.</param>
/// <param name="High">The high end of a range, or <paramref name="Low"/>.</param>
/// <param name="Text">The words in the source.</param>
public sealed record Factor(decimal Low, decimal High, string Text)
{
    /// <summary>True when the two factors share a value: 4 meets 3 to 4, and 2 does not meet 4.</summary>
    public bool Overlaps(Factor other) => Low <= other.High && other.Low <= High;

    /// <summary>"4×", or "4–5×" for a range.</summary>
    public override string ToString() =>
        Low == High ? $"{Low.ToString(CultureInfo.InvariantCulture)}\u00D7" : $"{Low.ToString(CultureInfo.InvariantCulture)}\u2013{High.ToString(CultureInfo.InvariantCulture)}\u00D7";
}
