using Contradictions.Claims;
using Contradictions.Rules;
using Contradictions.Text;

namespace Contradictions.Reporting;

/// <summary>
/// Finds where a piece of evidence stands in its article: the matched words, the sentence around them, and the
/// line they are on. Works from the report's documents; without them only the evidence's line and column are known.
/// </summary>
internal sealed class EvidenceLocator
{
    private readonly Dictionary<string, SourceDocument> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Assertion> assertions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineIndex> lines = new(StringComparer.Ordinal);

    public EvidenceLocator(Report report)
    {
        foreach (var document in report.Documents)
        {
            // Two files of one name in different folders share an id; the first (by path) stands for both.
            documents.TryAdd(document.Id, document);
        }

        foreach (var assertion in report.Assertions)
        {
            assertions.TryAdd(assertion.Id, assertion);
        }
    }

    /// <summary>The document an article's evidence comes from, when the report carries it.</summary>
    public SourceDocument? Document(Evidence evidence) =>
        !evidence.Reference && documents.TryGetValue(evidence.Source, out var document) ? document : null;

    /// <summary>Where the evidence's claim stands: the matched words, and the sentence holding them, both as spans of the text.</summary>
    public EvidenceSpan? Span(Evidence evidence)
    {
        // A claim of a sidecar's title does not stand in the article's text.
        if (evidence.File is not null || Document(evidence) is not { } document || !assertions.TryGetValue(evidence.Assertion, out var assertion))
        {
            return null;
        }

        var text = document.Text;
        var start = assertion.Location.Offset;
        var length = assertion.Location.Length;
        if (start < 0 || start + length > text.Length)
        {
            return null;
        }

        var sentence = SentenceAround(text, start, length, evidence.Quote);
        (start, length) = WithQualifiers(text, start, length, sentence, assertion.Qualifiers);
        var index = LinesOf(document);
        return new EvidenceSpan(
            document,
            index.Locate(start, length),
            index.Locate(start + length, 0),
            index.Locate(sentence.Start, sentence.Length),
            index.Locate(sentence.Start + sentence.Length, 0));
    }

    private LineIndex LinesOf(SourceDocument document)
    {
        if (!lines.TryGetValue(document.Id, out var index))
        {
            index = new LineIndex(document.Text);
            lines[document.Id] = index;
        }

        return index;
    }

    /// <summary>
    /// The matched words widened to take in the words of the claim's qualifiers within its sentence (an agency, a
    /// country): they are what sets the claim apart from the other side as often as the value is.
    /// </summary>
    private static (int Start, int Length) WithQualifiers(string text, int start, int length, (int Start, int Length) sentence, IReadOnlyList<Qualifier> qualifiers)
    {
        var end = start + length;
        var sentenceText = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var qualifier in qualifiers)
        {
            if (qualifier.Text.Length == 0)
            {
                continue;
            }

            // The occurrence nearest the matched words, for a sentence that names the qualifier twice.
            var best = -1;
            for (var at = sentenceText.IndexOf(qualifier.Text, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var offset = sentence.Start + at;
                if (best < 0 || Distance(offset, qualifier.Text.Length, start, end) < Distance(best, qualifier.Text.Length, start, end))
                {
                    best = offset;
                }

                var next = sentenceText[(at + 1)..].IndexOf(qualifier.Text, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }

            if (best >= 0)
            {
                start = Math.Min(start, best);
                end = Math.Max(end, best + qualifier.Text.Length);
            }
        }

        return (start, end - start);
    }

    private static int Distance(int offset, int length, int start, int end) =>
        offset + length < start ? start - (offset + length) : offset > end ? offset - end : 0;

    /// <summary>The quoted sentence when it is found around the match; otherwise the matched words alone.</summary>
    private static (int Start, int Length) SentenceAround(string text, int start, int length, string quote)
    {
        if (quote.Length >= length)
        {
            var from = Math.Max(0, start + length - quote.Length);
            var found = text.IndexOf(quote, from, Math.Min(text.Length - from, quote.Length * 2), StringComparison.Ordinal);
            if (found >= 0 && found <= start && found + quote.Length >= start + length)
            {
                return (found, quote.Length);
            }
        }

        return (start, length);
    }
}

/// <summary>Where an evidence's claim stands in its document.</summary>
/// <param name="Document">The article.</param>
/// <param name="Match">The matched words and the words of the claim's qualifiers (offset, length, line and column of their start).</param>
/// <param name="MatchEnd">The position just after the matched words.</param>
/// <param name="Sentence">The quoted sentence.</param>
/// <param name="SentenceEnd">The position just after the sentence.</param>
internal sealed record EvidenceSpan(SourceDocument Document, SourceLocation Match, SourceLocation MatchEnd, SourceLocation Sentence, SourceLocation SentenceEnd);
