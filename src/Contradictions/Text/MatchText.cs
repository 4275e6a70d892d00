using System.Buffers;

namespace Contradictions.Text;

/// <summary>
/// Folds typographic variants to plain ASCII for matching, one character for one, so that offsets in the folded
/// text are offsets in the original.
/// </summary>
internal static class MatchText
{
    /// <summary>Every character that <see cref="Fold"/> changes.</summary>
    private static readonly SearchValues<char> Folded = SearchValues.Create("\u2018\u2019\u02BC\u2032\u201C\u201D\u201E\u2033\u00A0\u2007\u202F\u2009\t\u2010\u2011\u2012\u2013\u2014\u2212");

    /// <summary>The text folded; the same string when nothing in it needs folding, as is usual for plain ASCII.</summary>
    public static string Fold(string text) => text.AsSpan().ContainsAny(Folded) ? FoldEach(text) : text;

    private static string FoldEach(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                    '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\t' => ' ',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => source[i],
                };
            }
        });
}
