using System.Text.RegularExpressions;
using Contradictions.Packs;

namespace Contradictions.Claims;

/// <summary>
/// Finds the clause a match stands in: the stretch of its sentence between the nearest clause breaks around it
/// (the language's clause-break words, ';' and ':'). "After it was cleared by an agency, causing it to become
/// restricted": the agency stands in another clause than the restriction.
/// </summary>
internal sealed class ClauseFinder
{
    private readonly Regex boundaries;

    public ClauseFinder(Language language)
    {
        var words = language.ClauseBreaks.Count == 0
            ? string.Empty
            : $@"|(?<![\w])(?:{string.Join('|', language.ClauseBreaks.OrderByDescending(w => w.Length).Select(Regex.Escape))})(?![\w])";
        boundaries = new Regex("[;:]" + words, PatternCompiler.Options, PatternCompiler.MatchTimeout);
    }

    /// <summary>The clause around the characters from <paramref name="start"/> to <paramref name="end"/> of <paramref name="sentence"/>.</summary>
    public string Around(string sentence, int start, int end)
    {
        var from = 0;
        var to = sentence.Length;
        foreach (Match boundary in boundaries.Matches(sentence))
        {
            if (boundary.Index + boundary.Length <= start)
            {
                from = boundary.Index + boundary.Length;
            }
            else if (boundary.Index >= end)
            {
                to = boundary.Index;
                break;
            }
        }

        return sentence[from..to];
    }
}
