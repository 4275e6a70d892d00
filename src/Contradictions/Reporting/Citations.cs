using Contradictions.Rules;
using Contradictions.Reporting.Text;

namespace Contradictions.Reporting;

/// <summary>Where a list of evidence stands, in one line: "a.txt:3:1, reference fact-id, and 4 more".</summary>
internal static class Citations
{
    /// <summary>The first <see cref="TextReportWriter.QuotesPerSide"/> places, each marked when hedged, then how many more.</summary>
    /// <param name="evidence">The evidence, in order.</param>
    /// <param name="columns">Whether a place names its column as well as its line.</param>
    public static string Short(IReadOnlyList<Evidence> evidence, bool columns) =>
        string.Join(", ", evidence.Take(TextReportWriter.QuotesPerSide).Select(e => e.Reference ? $"reference {e.Source}"
            : columns ? $"{e.Place}:{e.Line}:{e.Column}{ModalityWords.Parenthesized(e)}" : $"{e.Place}:{e.Line}{ModalityWords.Parenthesized(e)}"))
        + TextReportWriter.More(evidence.Count);
}
