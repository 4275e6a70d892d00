using System.Globalization;

namespace Contradictions.Claims.Normalizers;

/// <summary>
/// A date as the span of days it may mean: "1962" is the whole year, "early 1960s" is 1960–1963,
/// "March 2019" is the whole month. Two dates agree when their intervals overlap.
/// </summary>
/// <param name="Start">First day, inclusive.</param>
/// <param name="End">Last day, inclusive.</param>
public readonly record struct DateInterval(DateOnly Start, DateOnly End) : IComparable<DateInterval>
{
    /// <summary>The whole of one year.</summary>
    public static DateInterval Year(int year) => Years(year, year);

    /// <summary>The whole of the years from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static DateInterval Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    /// <summary>The whole of one month.</summary>
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>One day.</summary>
    public static DateInterval Day(DateOnly day) => new(day, day);

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>The days both intervals share, or <see langword="null"/> when they share none.</summary>
    public DateInterval? Intersect(DateInterval other) =>
        Overlaps(other) ? new DateInterval(Max(Start, other.Start), Min(End, other.End)) : null;

    /// <inheritdoc/>
    public int CompareTo(DateInterval other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>The shortest exact form: "1962", "1960–1963", "2019-03", "2019-03-05", "start–end", or "before 2000" for one open at the start.</summary>
    public override string ToString()
    {
        // Open at the start, an upper bound ("before 2000"): written as the date it ends before.
        if (Start == DateOnly.MinValue && End < DateOnly.MaxValue)
        {
            var next = End.AddDays(1);
            var said = next is { Month: 1, Day: 1 } ? Year(next.Year) : next.Day == 1 ? Month(next.Year, next.Month) : Day(next);
            return $"before {said}";
        }

        var wholeYears = Start is { Month: 1, Day: 1 } && End is { Month: 12, Day: 31 };
        if (wholeYears)
        {
            return Start.Year == End.Year
                ? Start.Year.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{Start.Year}\u2013{End.Year}");
        }

        if (Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1))
        {
            return Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        var start = Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Start == End ? start : $"{start}\u2013{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>Orders intervals by start, then end.</summary>
    public static bool operator <(DateInterval left, DateInterval right) => left.CompareTo(right) < 0;

    /// <summary>Orders intervals by start, then end.</summary>
    public static bool operator >(DateInterval left, DateInterval right) => left.CompareTo(right) > 0;

    /// <summary>Orders intervals by start, then end.</summary>
    public static bool operator <=(DateInterval left, DateInterval right) => left.CompareTo(right) <= 0;

    /// <summary>Orders intervals by start, then end.</summary>
    public static bool operator >=(DateInterval left, DateInterval right) => left.CompareTo(right) >= 0;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
