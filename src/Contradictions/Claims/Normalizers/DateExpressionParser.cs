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
/// "May 27, 2016", "2019-03-05") into <see cref="DateInterval"/>s. The words come from the pack's language section.
/// </summary>
internal sealed partial class DateExpressionParser
{
    private readonly IReadOnlyList<string> months;
    private readonly IReadOnlyDictionary<string, DatePart> parts;
    private readonly Regex whole;

    public DateExpressionParser(IReadOnlyList<string> months, IReadOnlyDictionary<string, DatePart> parts, IReadOnlyList<string> monthYearJoiners, IReadOnlyList<string> articles)
    {
        this.months = months;
        this.parts = parts;
        Pattern = BuildPattern(months, parts.Keys, monthYearJoiners, articles);
        whole = new Regex($"^(?:{Pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>The regular expression (without anchors) that matches one date expression.</summary>
    public string Pattern { get; }

    /// <summary>Reads a whole date expression, or returns <see langword="null"/> when it is not one.</summary>
    public DateInterval? Parse(string text)
    {
        var match = whole.Match(text.Trim());
        return match.Success ? Read(match) : null;
    }

    private DateInterval? Read(Match match)
    {
        DatePart? part = match.Groups["dpart"].Success ? parts[Squash(match.Groups["dpart"].Value)] : null;
        if (match.Groups["iso"].Success)
        {
            return ReadIso(match.Groups["iso"].Value);
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

        var year = Number(match.Groups["year"].Value);
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

    private static string BuildPattern(IReadOnlyList<string> months, IEnumerable<string> partWords, IReadOnlyList<string> joiners, IReadOnlyList<string> articles)
    {
        var monthNames = string.Join('|', months.OrderByDescending(m => m.Length).Select(Regex.Escape));
        var part = string.Join('|', partWords.OrderByDescending(p => p.Length).Select(WordsPattern));
        var joiner = joiners.Count == 0 ? string.Empty : $@"(?:(?:{string.Join('|', joiners.Select(WordsPattern))})\s+)?";
        var article = articles.Count == 0 ? string.Empty : $@"(?:(?:{string.Join('|', articles.Select(WordsPattern))})\s+)?";
        const string Year = @"(?<year>1[5-9]\d\d|20\d\d)(?!\d)";
        return $@"{article}(?:(?<dpart>{part})[\s-]+{article})?(?:"
            + @"(?<iso>(?:1[5-9]|20)\d\d-\d\d(?:-\d\d)?)(?![\d-])"
            + @"|(?<decade>1[5-9]\d0|20\d0)'?s\b"
            + $@"|(?<month>{monthNames})\.?(?:\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+{joiner}{Year}"
            + $@"|(?<!\d[.,]?){Year})";
    }

    private static string WordsPattern(string words) => Spaces().Replace(Regex.Escape(words.Trim()), @"\s+");

    private static string Squash(string words) => Spaces().Replace(words.Trim(), " ").ToLowerInvariant();

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:\\ |\s)+")]
    private static partial Regex Spaces();
}
