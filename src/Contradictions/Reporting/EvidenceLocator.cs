using System.Runtime.InteropServices;
using Contradictions.Claims;
using Contradictions.Rules;
using Contradictions.Text;

namespace Contradictions.Reporting;

/// <summary>
/// Finds where a piece of evidence stands in its article: the matched words, the sentence around them, and the
/// line they are on. It places, once, the evidence it is told a writer will ask about, each source's in one go: from
/// the report's documents when it kept them, otherwise from each quoted file read again. It keeps the places found and
/// lets the texts go, so that a report of a corpus larger than memory holds only what it quotes. Without a text or a
/// file (a source made in memory and let go, a file changed since the check) only the evidence's line and column are known.
/// </summary>
internal sealed class EvidenceLocator
{
    private readonly Dictionary<string, SourceDocument> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Assertion> assertions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Assertion, string Quote), Place> located = [];
    private readonly bool withContext;

    /// <summary>A locator for <paramref name="needed"/>: the only evidence <see cref="Span"/> will be asked about.</summary>
    /// <param name="report">The report, with its documents or the files of its sources.</param>
    /// <param name="needed">The evidence the writer places; reference facts among it are passed over.</param>
    /// <param name="withContext">Whether spans carry the line around the sentence (<see cref="EvidenceSpan.Context"/>).</param>
    public EvidenceLocator(Report report, IEnumerable<Evidence> needed, bool withContext)
    {
        this.withContext = withContext;
        foreach (var document in report.Documents)
        {
            // Two files of one name in different folders share an id; the first (by path) stands for both.
            documents.TryAdd(document.Id, document);
        }

        foreach (var file in report.Files)
        {
            if (!documents.ContainsKey(file.Id))
            {
                files.TryAdd(file.Id, file);
            }
        }

        // What to place, by source: the files are read once each, and only the places found are kept. A claim of a
        // sidecar's title does not stand in the article's text.
        var wanted = new Dictionary<string, List<(string Assertion, string Quote)>>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evidence in needed)
        {
            if (evidence.Reference || evidence.File is not null || !(documents.ContainsKey(evidence.Source) || files.ContainsKey(evidence.Source)) || !ids.Add(evidence.Assertion))
            {
                continue;
            }

            ref var quotes = ref CollectionsMarshal.GetValueRefOrAddDefault(wanted, evidence.Source, out _);
            (quotes ??= []).Add((evidence.Assertion, evidence.Quote));
        }

        foreach (var assertion in report.Assertions)
        {
            if (ids.Contains(assertion.Id))
            {
                assertions.TryAdd(assertion.Id, assertion);
            }
        }

        foreach (var (source, quotes) in wanted)
        {
            if ((documents.TryGetValue(source, out var document) ? document.Text : TextOf(files[source])) is not { } text)
            {
                continue;
            }

            var index = new LineIndex(text);
            foreach (var (id, quote) in quotes)
            {
                if (Locate(text, index, id, quote) is { } span)
                {
                    located[(id, quote)] = Place.Of(span, quote);
                }
            }
        }

        // Everything asked for is placed: the assertions are done with.
        assertions.Clear();
        assertions.TrimExcess();
    }

    /// <summary>The path of the file an article's evidence comes from, when the report knows it.</summary>
    public string? Path(Evidence evidence) =>
        evidence.Reference ? null
        : documents.TryGetValue(evidence.Source, out var document) ? document.Path
        : files.TryGetValue(evidence.Source, out var file) ? file.Path
        : null;

    /// <summary>Where the evidence's claim stands: the matched words, and the sentence holding them, both as spans of the text.</summary>
    public EvidenceSpan? Span(Evidence evidence)
    {
        // A claim of a sidecar's title does not stand in the article's text.
        if (evidence.Reference || evidence.File is not null)
        {
            return null;
        }

        return located.TryGetValue((evidence.Assertion, evidence.Quote), out var place) ? place.Span(evidence.Quote) : null;
    }

    /// <summary>The file's text as it was checked; null when it cannot be read now or has changed since.</summary>
    private static string? TextOf(SourceFile file)
    {
        try
        {
            var text = SourceDocument.TextOfFile(file.Path);
            return file.Matches(text) ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceReadException)
        {
            return null;
        }
    }

    private EvidenceSpan? Locate(string text, LineIndex index, string id, string quote)
    {
        if (!assertions.TryGetValue(id, out var assertion))
        {
            return null;
        }

        var start = assertion.Location.Offset;
        var length = assertion.Location.Length;
        if (start < 0 || start + length > text.Length)
        {
            return null;
        }

        var sentence = SentenceAround(text, start, length, quote);
        (start, length) = WithQualifiers(text, start, length, sentence, assertion.Qualifiers);
        var match = index.Locate(start, length);
        var sentenceAt = index.Locate(sentence.Start, sentence.Length);
        return new EvidenceSpan(
            match,
            index.Locate(start + length, 0),
            sentenceAt,
            index.Locate(sentence.Start + sentence.Length, 0),
            text.Substring(start, length),
            withContext ? EvidenceContext.Around(text, match, sentenceAt) : null);
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

/// <summary>
/// An <see cref="EvidenceSpan"/> kept for a text let go, in numbers: the snippet is cut from the quote when the
/// sentence was found (it holds the matched words), and kept apart only when it was not; the context is kept as it is.
/// </summary>
internal readonly record struct Place(
    int Offset, int Length, int Line, int Column, int EndLine, int EndColumn,
    int SentenceOffset, int SentenceLength, int SentenceLine, int SentenceColumn, int SentenceEndLine, int SentenceEndColumn,
    string? Snippet, EvidenceContext? Context)
{
    public static Place Of(EvidenceSpan span, string quote)
    {
        var within = span.Match.Offset - span.Sentence.Offset;
        var cut = span.Sentence.Length == quote.Length && within >= 0 && within + span.Match.Length <= quote.Length
            && quote.AsSpan(within, span.Match.Length).SequenceEqual(span.Snippet);
        return new Place(
            span.Match.Offset, span.Match.Length, span.Match.Line, span.Match.Column, span.MatchEnd.Line, span.MatchEnd.Column,
            span.Sentence.Offset, span.Sentence.Length, span.Sentence.Line, span.Sentence.Column, span.SentenceEnd.Line, span.SentenceEnd.Column,
            cut ? null : span.Snippet,
            span.Context);
    }

    public EvidenceSpan Span(string quote) => new(
        new SourceLocation(Line, Column, Offset, Length),
        new SourceLocation(EndLine, EndColumn, Offset + Length, 0),
        new SourceLocation(SentenceLine, SentenceColumn, SentenceOffset, SentenceLength),
        new SourceLocation(SentenceEndLine, SentenceEndColumn, SentenceOffset + SentenceLength, 0),
        Snippet ?? quote.Substring(Offset - SentenceOffset, Length),
        Context);
}

/// <summary>Where an evidence's claim stands in its document.</summary>
/// <param name="Match">The matched words and the words of the claim's qualifiers (offset, length, line and column of their start).</param>
/// <param name="MatchEnd">The position just after the matched words.</param>
/// <param name="Sentence">The quoted sentence.</param>
/// <param name="SentenceEnd">The position just after the sentence.</param>
/// <param name="Snippet">The text of <paramref name="Match"/>.</param>
/// <param name="Context">The line around the sentence, when the locator was asked for it.</param>
internal sealed record EvidenceSpan(SourceLocation Match, SourceLocation MatchEnd, SourceLocation Sentence, SourceLocation SentenceEnd, string Snippet, EvidenceContext? Context);

/// <summary>
/// The quoted sentence within its paragraph (the line it is on), cut to <see cref="Characters"/> either side, in
/// pieces: what stands before it, the sentence before, in and after the matched words, and what stands after it.
/// </summary>
/// <param name="Cut">Whether the line goes on before <paramref name="Before"/>.</param>
/// <param name="Before">The line before the sentence.</param>
/// <param name="Lead">The sentence before the matched words.</param>
/// <param name="Match">The matched words, within the sentence.</param>
/// <param name="Trail">The sentence after the matched words.</param>
/// <param name="After">The line after the sentence.</param>
/// <param name="Continues">Whether the line goes on after <paramref name="After"/>.</param>
internal sealed record EvidenceContext(bool Cut, string Before, string Lead, string Match, string Trail, string After, bool Continues)
{
    /// <summary>Context shown around a quoted sentence when its paragraph is long.</summary>
    public const int Characters = 240;

    public static EvidenceContext Around(string text, SourceLocation match, SourceLocation sentence)
    {
        var sentenceStart = sentence.Offset;
        var sentenceEnd = sentenceStart + sentence.Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, sentenceStart - 1)) + 1;
        if (sentenceStart == 0)
        {
            lineStart = 0;
        }

        var lineEnd = text.IndexOf('\n', sentenceEnd);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var before = Math.Max(lineStart, sentenceStart - Characters);
        var after = Math.Min(lineEnd, sentenceEnd + Characters);
        var matchStart = Math.Clamp(match.Offset, sentenceStart, sentenceEnd);
        var matchEnd = Math.Clamp(match.Offset + match.Length, matchStart, sentenceEnd);
        return new EvidenceContext(
            before > lineStart,
            text[before..sentenceStart],
            text[sentenceStart..matchStart],
            text[matchStart..matchEnd],
            text[matchEnd..sentenceEnd],
            text[sentenceEnd..after],
            after < lineEnd);
    }
}
