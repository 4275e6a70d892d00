using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Contradictions.Claims.Normalizers;

/// <summary>Which third of a decade or month a word such as "early" or "the end of" picks.</summary>
public enum DatePart
{
    /// <summary>The first third: years 0–3 of a decade, days 1–10 of a month.</summary>
    FirstThird,

    /// <summary>The middle third: years 4–6 of a decade, days 11–20 of a month.</summary>
    MiddleThird,

    /// <summary>The last third: years 7–9 of a decade, days 21 to the end of a month.</summary>
    LastThird,
}

/// <summary>
/// Reads dates as written in articles ("1962", "the early 1960s", "the end of the 1990s", "as of early March, 2019",
/// "May 27, 2016", "27 May 2016", "2019-03-05", "between 1962 and 1964", "the Vietnam War") into
/// <see cref="DateInterval"/>s, and relative dates ("nearly 50 years", "decades", "two decades ago") counted back from a
/// publication date. The words come from the pack's language section.
/// </summary>
internal sealed partial class DateExpressionParser
{
    /// <summary>The first digit of every year the pattern reads (1500–2099).</summary>
    private static readonly SearchValues<char> YearFirstDigits = SearchValues.Create("12");

    private readonly IReadOnlyList<string> months;
    private readonly IReadOnlyDictionary<string, DatePart> parts;
    private readonly RelativeDateWords relative;
    private readonly Regex whole;

    /// <summary>The first word of each relative date's unit, or null when there are none.</summary>
    private readonly SearchValues<string>? unitWords;

    /// <summary>True when a unit is blank, so that a relative date may have no letter or digit of its own.</summary>
    private readonly bool unitsMayBeEmpty;

    public DateExpressionParser(IReadOnlyList<string> months, IReadOnlyDictionary<string, DatePart> parts, IReadOnlyList<string> monthYearJoiners, IReadOnlyList<string> articles, RelativeDateWords? relative = null)
    {
        this.months = months;
        this.parts = parts;
        this.relative = relative ?? RelativeDateWords.None;
        var single = BuildPattern(months, parts.Keys, monthYearJoiners, articles, this.relative.ThisYear, this.relative.Periods.Keys);
        var plain = Unnamed().Replace(single, "(?:");
        Pattern = $"{RangePattern(plain, this.relative)}|{RelativePattern(this.relative)}{single}";
        whole = new Regex($"^(?:{Pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        // A date without a year holds a unit word, a this-year phrase or a named period, and so one of their words.
        var units = this.relative.Units.Keys.Select(FirstWord)
            .Concat(this.relative.ThisYear.Select(y => y.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty))
            .Concat(this.relative.Periods.Keys.Select(FirstWord))
            .ToArray();
        unitWords = units.Length == 0 ? null : SearchValues.Create(units, StringComparison.OrdinalIgnoreCase);
        unitsMayBeEmpty = units.Contains(string.Empty);
        StartWords = [.. articles, .. parts.Keys, .. months, .. this.relative.RangeOpeners, .. StartWordsOf(this.relative), .. this.relative.Periods.Keys];
    }

    private static string FirstWord(string words) => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    /// <summary>The words a relative date may start with (see <see cref="RelativePattern"/>); none without units.</summary>
    private static IEnumerable<string> StartWordsOf(RelativeDateWords words) =>
        words.Units.Count == 0 ? []
        : [.. words.Fewer, .. words.More, .. words.About, .. words.Numbers.Keys, .. words.Alone.Count == 0 ? words.Units.Keys : words.Alone];

    /// <summary>The regular expression (without anchors) that matches one date expression.</summary>
    public string Pattern { get; }

    /// <summary>
    /// The pack's words that a date expression may start with, as written in the pack; every other date starts with a
    /// digit. An article ("the"), a part ("early"), a month, a range opener ("between"), an approximation
    /// ("nearly"), a number word ("two"), a unit ("decades") or a named period ("Vietnam War"): the first words of the alternatives of
    /// <see cref="Pattern"/>, kept here beside the code that writes it.
    /// </summary>
    public IReadOnlyList<string> StartWords { get; }

    /// <summary>
    /// False when <paramref name="text"/> cannot hold a date expression, so that the pattern need not run: every date
    /// has a year (1500–2099, as in "1962", "the 1960s", "2019-03-05"), a relative date's unit ("decades") or a named
    /// period's first word ("Vietnam"). Text with
    /// a character outside ASCII may hold a letter that matches a unit's letter when case is ignored, so it always may.
    /// </summary>
    public bool MayHoldDate(ReadOnlySpan<char> text) =>
        unitsMayBeEmpty
        || HasYear(text)
        || text.ContainsAnyExceptInRange('\0', '\x7F')
        || (unitWords is not null && text.ContainsAny(unitWords));

    /// <summary>True when the text holds what the pattern's years start with: 1, a digit 5–9, two digits; or 20, two digits.</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(YearFirstDigits); i >= 0 && i + 3 < text.Length; i = NextFrom(text, i + 1))
        {
            var second = text[i + 1];
            if (((text[i] == '1' && second is >= '5' and <= '9') || (text[i] == '2' && second == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextFrom(ReadOnlySpan<char> text, int start) => text[start..].IndexOfAny(YearFirstDigits) is var at and >= 0 ? start + at : -1;

    /// <summary>
    /// Reads a whole date expression, or returns <see langword="null"/> when it is not one. A relative date needs
    /// <paramref name="published"/>, the date it counts back from; without one it is left open (null), not guessed.
    /// </summary>
    public DateInterval? Parse(string text, DateOnly? published = null) => Interval(whole.Match(text.Trim()), published);

    /// <summary>
    /// As <see cref="Parse"/>, and whether the text is a relative date ("nearly 50 years"), read only against a
    /// publication date: both from one match of the pattern, as a claim's date needs both.
    /// </summary>
    public (DateInterval? Date, bool Relative) ParseTellingRelative(string text, DateOnly? published)
    {
        var match = whole.Match(text.Trim());
        return (Interval(match, published), match.Success && match.Groups["rel"].Success);
    }

    private DateInterval? Interval(Match match, DateOnly? published) =>
        !match.Success ? null
        : match.Groups["range"].Success ? ReadRange(match, published)
        : match.Groups["rel"].Success ? ReadRelative(match, published)
        : Read(match, published);

    private DateInterval? ReadRange(Match match, DateOnly? published)
    {
        var from = Parse(match.Groups["rfrom"].Value, published);
        var to = Parse(match.Groups["rto"].Value, published);
        return from is { } a && to is { } b && a.Start <= b.End ? new DateInterval(a.Start, b.End) : null;
    }

    /// <summary>
    /// A span back from the publication year: "50 years" is 1 year either side of 50 years back, "nearly" keeps the
    /// later side, "over" the earlier; the slack is a tenth of the span, at least a year. A bare plural ("decades")
    /// is two to nine of them.
    /// </summary>
    private DateInterval? ReadRelative(Match match, DateOnly? published)
    {
        if (published is not { } date)
        {
            return null;
        }

        var unit = relative.Units[Squash(match.Groups["unit"].Value)];
        var year = date.Year;
        if (!match.Groups["count"].Success)
        {
            return DateInterval.Years(year - (9 * unit), year - (2 * unit));
        }

        var countText = match.Groups["count"].Value;
        var count = char.IsDigit(countText[0]) ? Number(countText) : relative.Numbers[Squash(countText)];
        var span = count * unit;
        var slack = Math.Max(1, span / 10);
        var approx = match.Groups["approx"].Success ? Squash(match.Groups["approx"].Value) : null;
        var (earliest, latest) =
            approx is not null && relative.Fewer.Any(w => Squash(w) == approx) ? (year - span, year - span + slack)
            : approx is not null && relative.More.Any(w => Squash(w) == approx) ? (year - span - slack, year - span)
            : (year - span - slack, year - span + slack);
        return earliest < 1 ? null : DateInterval.Years(earliest, Math.Min(latest, year));
    }

    private DateInterval? Read(Match match, DateOnly? published)
    {
        DatePart? part = match.Groups["dpart"].Success ? parts[Squash(match.Groups["dpart"].Value)] : null;
        if (match.Groups["iso"].Success)
        {
            return ReadIso(match.Groups["iso"].Value);
        }

        if (match.Groups["period"].Success)
        {
            return relative.Periods[Squash(match.Groups["period"].Value)];
        }

        if (match.Groups["decade"].Success)
        {
            var decade = Number(match.Groups["decade"].Value);
            var (first, last) = part switch
            {
                DatePart.FirstThird => (0, 3),
                DatePart.MiddleThird => (4, 6),
                DatePart.LastThird => (7, 9),
                _ => (0, 9),
            };
            return DateInterval.Years(decade + first, decade + last);
        }

        // "August 12 of this year" is in the year the source was published, and open without that date.
        if (match.Groups["thisyear"].Success && published is null)
        {
            return null;
        }

        var year = match.Groups["thisyear"].Success ? published!.Value.Year : Number(match.Groups["year"].Value);
        if (!match.Groups["month"].Success)
        {
            return DateInterval.Year(year);
        }

        var month = MonthNumber(match.Groups["month"].Value);
        var days = DateTime.DaysInMonth(year, month);
        if (match.Groups["day"].Success)
        {
            var day = Number(match.Groups["day"].Value);
            return day >= 1 && day <= days ? DateInterval.Day(new DateOnly(year, month, day)) : null;
        }

        var (from, to) = part switch
        {
            DatePart.FirstThird => (1, 10),
            DatePart.MiddleThird => (11, 20),
            DatePart.LastThird => (21, days),
            _ => (1, days),
        };
        return new DateInterval(new DateOnly(year, month, from), new DateOnly(year, month, to));
    }

    private static DateInterval? ReadIso(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return DateInterval.Day(day);
        }

        var pieces = text.Split('-');
        var month = Number(pieces[1]);
        return month is >= 1 and <= 12 ? DateInterval.Month(Number(pieces[0]), month) : null;
    }

    private int MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        for (var i = 0; i < months.Count; i++)
        {
            if (months[i].StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{name}' matched the month pattern but is not a month.");
    }

    private static string BuildPattern(IReadOnlyList<string> months, IEnumerable<string> partWords, IReadOnlyList<string> joiners, IReadOnlyList<string> articles, IReadOnlyList<string> thisYear, IEnumerable<string> periodNames)
    {
        // A period is read whole, never with a part ("the early Vietnam War" is not a third of it).
        var periods = periodNames.Any() ? $@"(?<period>{string.Join('|', periodNames.OrderByDescending(p => p.Length).Select(PeriodPattern))})|" : string.Empty;
        var monthNames = string.Join('|', months.OrderByDescending(m => m.Length).Select(Regex.Escape));
        var part = string.Join('|', partWords.OrderByDescending(p => p.Length).Select(WordsPattern));
        var joiner = joiners.Count == 0 ? string.Empty : $@"(?:(?:{string.Join('|', joiners.Select(WordsPattern))})\s+)?";
        var article = articles.Count == 0 ? string.Empty : $@"(?:(?:{string.Join('|', articles.Select(WordsPattern))})\s+)?";
        const string Digits = @"(?<year>1[5-9]\d\d|20\d\d)(?!\d)";
        var year = thisYear.Count == 0 ? Digits : $"(?:{Digits}|(?<thisyear>{Alternatives(thisYear)}))";
        return $@"{article}(?:{periods}(?:(?<dpart>{part})[\s-]+{article})?(?:"
            + @"(?<iso>(?:1[5-9]|20)\d\d-\d\d(?:-\d\d)?)(?![\d-])"
            + @"|(?<decade>1[5-9]\d0|20\d0)'?s\b"
            + $@"|(?<month>{monthNames})\.?(?:\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+{joiner}{year}"
            + $@"|(?<![\d.,])(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<month>{monthNames})\.?,?\s+{joiner}{year}"
            + $@"|(?<!\d[.,]?){Digits}))";
    }

    /// <summary>"from 1962 to 1964", "between 1962 and 1964", "1962-1964", "the 1960s-1970s".</summary>
    private static string RangePattern(string plain, RelativeDateWords words)
    {
        var dash = $@"(?<rfrom>{plain})\s*-\s*(?<rto>{plain})";
        if (words.RangeOpeners.Count == 0 || words.RangeJoiners.Count == 0)
        {
            return $"(?<range>{dash})";
        }

        return $@"(?<range>(?:{Alternatives(words.RangeOpeners)})\s+(?<rfrom>{plain})\s+(?:{Alternatives(words.RangeJoiners)})\s+(?<rto>{plain})|{dash})";
    }

    /// <summary>"nearly 50 years", "two decades", "decades", "50 years ago", then the separator before the plain dates.</summary>
    private static string RelativePattern(RelativeDateWords words)
    {
        if (words.Units.Count == 0)
        {
            return string.Empty;
        }

        var approx = words.Fewer.Concat(words.More).Concat(words.About).ToList();
        var approxPart = approx.Count == 0 ? string.Empty : $@"(?:(?<approx>{Alternatives(approx)})\s+)?";
        var numbers = words.Numbers.Count == 0 ? string.Empty : "|" + Alternatives(words.Numbers.Keys);
        var ago = words.Ago.Count == 0 ? string.Empty : $@"(?:\s+(?:{Alternatives(words.Ago)}))?";
        // "decades" alone is a span, "year" alone ("this year", "per year") is none.
        var units = Alternatives(words.Units.Keys);
        var counted = $@"(?<count>\d{{1,3}}(?![\d,.]){numbers})[\s-]+(?<unit>{units})";
        var alone = words.Alone.Count == 0 ? $"(?<unit>{units})" : $"(?<unit>{Alternatives(words.Alone)})";
        return $@"(?<rel>{approxPart}(?:{counted}|{alone})(?![\w]){ago})|";
    }

    /// <summary>A period's name in any case but its first letter, which keeps its capital: names are proper nouns.</summary>
    private static string PeriodPattern(string name) =>
        char.IsUpper(name[0]) ? $@"(?<![\w])(?-i:{Regex.Escape(name[..1])}){WordsPattern(name[1..])}(?![\w])" : $@"(?<![\w]){WordsPattern(name)}(?![\w])";

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => $@"(?<![\w]){WordsPattern(w)}(?![\w])"));

    private static string WordsPattern(string words) => Spaces().Replace(Regex.Escape(words.Trim()), @"\s+");

    private static string Squash(string words) => Spaces().Replace(words.Trim(), " ").ToLowerInvariant();

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:\\ |\s)+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\(\?<[a-z]+>")]
    private static partial Regex Unnamed();
}
