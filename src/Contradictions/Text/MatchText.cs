namespace Contradictions.Text;

/// <summary>
/// Folds typographic variants to plain ASCII for matching, one character for one, so that offsets in the folded
/// text are offsets in the original.
/// </summary>
internal static class MatchText
{
    public static string Fold(string text) =>
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
