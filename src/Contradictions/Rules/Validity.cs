using System.Globalization;

namespace Contradictions.Rules;

/// <summary>
/// When a claim holds: throughout the days <paramref name="From"/> to <paramref name="To"/>, or only at some moment
/// among them ("formerly", "until the product came"). Claims that disagree conflict only if they must hold at once.
/// </summary>
internal readonly record struct Validity(DateOnly From, DateOnly To, bool Throughout)
{
    /// <summary>A claim that says nothing of time, in a source with no publication date: it holds at every moment.</summary>
    public static Validity Always { get; } = new(DateOnly.MinValue, DateOnly.MaxValue, Throughout: true);

    /// <summary>
    /// True when both must hold at one moment: two spans held throughout overlap, or the moment of one falls inside
    /// the span the other holds throughout. Two claims of some moment each can both be true.
    /// </summary>
    public bool AtOnce(Validity other) => (Throughout, other.Throughout) switch
    {
        (true, true) => From <= other.To && other.From <= To,
        (false, true) => other.From <= From && To <= other.To,
        (true, false) => From <= other.From && other.To <= To,
        _ => false,
    };

    /// <summary>A short form for keys and reasons: "2018-01-01..2020-04-05", "once before 2018-12-31".</summary>
    public override string ToString()
    {
        static string Day(DateOnly day) =>
            day == DateOnly.MinValue || day == DateOnly.MaxValue ? string.Empty : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (Throughout ? string.Empty : "once ") + Day(From) + ".." + Day(To);
    }
}
