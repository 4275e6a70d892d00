using System.Globalization;
using System.Text.RegularExpressions;

namespace Contradictions.Claims.Normalizers;

/// <summary>
/// Normalizes a numbered class such as a class in a regulator's schedules: "III", "3", "CIII", "C-III" and "iii"
/// all become "III".
/// </summary>
public static partial class RomanNumeral
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    /// <summary>The regular expression a pattern's <c>{value}</c> slot uses for such classes.</summary>
    public const string Pattern = @"(?:C-?)?(?:X|IX|VI{0,3}|IV|I{1,3})(?![\w])|(?<![\d.])(?:10|[1-9])(?![\d.])";

    /// <summary>The class in upper-case Roman numerals, or <see langword="null"/> when the text is not one from 1 to 10.</summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Whole().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["digits"].Success)
        {
            var number = int.Parse(match.Groups["digits"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return number is >= 1 and <= 10 ? Numerals[number - 1] : null;
        }

        var roman = match.Groups["roman"].Value.ToUpperInvariant();
        return Array.IndexOf(Numerals, roman) >= 0 ? roman : null;
    }

    [GeneratedRegex(@"^(?:(?:[Cc]-?)?(?<roman>[IVXivx]+)|(?<digits>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();
}
