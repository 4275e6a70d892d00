using System.Text.RegularExpressions;
using Contradictions.Claims.Normalizers;
using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Frames;
using Contradictions.Packs;
using Contradictions.Text;
using Contradictions.Text.Formats;

namespace Contradictions.Claims;

/// <summary>
/// Reads a source's assertions: text → sentences → entity mentions → pattern matches → normalized assertions.
/// Built once per pack; thread-safe.
/// </summary>
internal sealed class ClaimExtractor
{
    private readonly RulePack pack;
    private readonly SentenceSplitter splitter;
    private readonly StanceReader stance;
    private readonly ClauseFinder clauses;
    private readonly Regex? vague;
    private readonly SentenceReader reader;
    private readonly FrameMatcher frames;

    public ClaimExtractor(RulePack pack)
    {
        this.pack = pack;
        splitter = new SentenceSplitter(pack.Language.Abbreviations);
        stance = new StanceReader(pack.Language);
        clauses = new ClauseFinder(pack.Language);
        vague = pack.Language.VagueMentions.Count == 0
            ? null
            : new Regex($@"(?:{EntityCatalog.WordsPattern(pack.Language.VagueMentions)})\s*$", PatternCompiler.Options, PatternCompiler.MatchTimeout);
        reader = new SentenceReader(pack);
        frames = new FrameMatcher(pack);
    }

    /// <summary>The words that trigger the pack's frames, as written in the pack.</summary>
    public IReadOnlyList<string> TriggerWords => pack.Frames
        .SelectMany(f => f.TriggerWords(pack.Lexicons))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Reads a source's assertions; problems that cost a claim (a pattern too slow) are added to <paramref name="notes"/>.
    /// A check over many sources passes a <paramref name="pool"/>: the quotes and words that sources repeat are then
    /// held once, and the explanations that only <c>extract --explain</c> shows are left out.
    /// </summary>
    public IReadOnlyList<Assertion> Extract(SourceDocument source, List<string>? notes = null, StringPool? pool = null)
    {
        // Sentences come from the readable prose (Markdown and HTML without markup); positions from the file as written.
        // A title the prose does not say as a line of its own is read first, a line of its own.
        var readable = ReadableText.Of(source);
        var titles = Titles(source, readable);
        var prose = titles.Count == 0 ? readable.Text : string.Concat(titles.Select(t => t.Words.Text + "\n")) + readable.Text;
        var sentences = splitter.Split(prose);
        var lines = new SourcePositions(readable, new LineIndex(source.Text), titles);
        var mentions = new List<EntityMention>();
        var lexiconsSaid = new Dictionary<string, int>(StringComparer.Ordinal);
        var qualifiersSaid = new Dictionary<string, (string Value, int Block)>(StringComparer.Ordinal);
        var readings = new SentenceReading[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            // Each sentence is folded on its own (one character for one, so offsets hold): most have nothing to fold
            // and are their own folded text, and the whole text is not copied for the few that do.
            readings[i] = reader.Read(sentences[i], MatchText.Fold(sentences[i].Text), mentions, lexiconsSaid, qualifiersSaid);
        }

        if (mentions.Count == 0)
        {
            // Every claim needs a subject: a name, or a word such as "it" that points back to one. With no name in the
            // text, nothing can be read, and most pages of a crawl name none of the pack's entities.
            return [];
        }

        var found = new List<Draft>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var reading = readings[i];
            if (reading.Sentence.Text.AsSpan().TrimEnd().EndsWith('?'))
            {
                continue; // A question asks; it does not claim.
            }

            foreach (var match in frames.Match(reading))
            {
                var items = reading.Sentence.Text.AsSpan().TrimEnd().EndsWith(':') ? ReadItems(match, readings, i, source.Published) : [];
                found.AddRange(items.Count > 0 ? items : ReadFrame(match, reading, source.Published));
            }

            // The pack's 'match:' patterns, for the few claims no frame can say, on the same sentences.
            var sentence = sentences[i];
            foreach (var pattern in pack.Patterns)
            {
                var folded = reading.Text;
                try
                {
                    foreach (Match match in pattern.Match.Matches(folded))
                    {
                        found.AddRange(pattern.Item is null
                            ? Read(pattern, match, sentence, folded, sentence, mentions, source.Published).ToList()
                            : ReadList(pattern, match, sentences, i, mentions, source.Published).ToList());
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A pattern too slow for this sentence loses only this sentence, and the report says so.
                    var at = lines.Locate(sentence.Offset, 0, 0);
                    notes?.Add($"line {at.Line}: pattern '{pattern.Id}' took longer than {PatternCompiler.MatchTimeout.TotalSeconds} s and was skipped for this sentence");
                }
            }
        }

        return Finish(source, found, lines, pool);
    }

    /// <summary>
    /// The titles to read as claims: the page's <c>title</c> element, then the sidecar's title, each unless the prose
    /// or a title before it already says the same headline ("Drug Approved | Example News" is "Drug Approved").
    /// </summary>
    private static List<Headline> Titles(SourceDocument source, ReadableText readable)
    {
        var titles = new List<Headline>(2);
        foreach (var title in new[] { readable.Title, source.SidecarTitle })
        {
            if (title is not null && !string.IsNullOrWhiteSpace(title.Words.Text) && !titles.Exists(t => Headline.Same(t.Words.Text, title.Words.Text)) && !SaysAsALine(readable.Text, title.Words.Text))
            {
                titles.Add(title);
            }
        }

        return titles;
    }

    private static bool SaysAsALine(string prose, string title)
    {
        var first = char.ToUpperInvariant(title.TrimStart()[0]);
        foreach (var line in prose.AsSpan().EnumerateLines())
        {
            // Most lines start otherwise, and are passed without a string made of them.
            var trimmed = line.TrimStart();
            if (!trimmed.IsEmpty && char.ToUpperInvariant(trimmed[0]) == first && Headline.Same(title, trimmed.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private EntityMention? Resolve(string words, int offset, int block, List<EntityMention> mentions)
    {
        if (pack.Entities.FindByName(words) is { } id)
        {
            return new EntityMention(id, offset, words, false);
        }

        return reader.ResolveAnaphor(Squash(words), offset, block, mentions) is { } meant
            ? new EntityMention(meant, offset, words, true)
            : null;
    }

    private IEnumerable<Draft> ReadList(ClaimPattern pattern, Match header, IReadOnlyList<Sentence> sentences, int headerIndex, List<EntityMention> mentions, DateOnly? published)
    {
        var headerSentence = sentences[headerIndex];
        var subject = header.Groups["subject"];
        var mention = subject.Success ? Resolve(subject.Value, headerSentence.Offset + subject.Index, headerSentence.Block, mentions) : null;
        if (mention is null)
        {
            yield break;
        }

        // The items are the bullets right after the header (with any further sentences of each), up to the first
        // line that is not a bullet.
        var block = headerSentence.Block;
        for (var i = headerIndex + 1; i < sentences.Count && (sentences[i].Block == block || (sentences[i].IsBullet && sentences[i].Block == block + 1)); i++)
        {
            block = sentences[i].Block;
            var item = sentences[i];
            var folded = MatchText.Fold(item.Text);
            foreach (Match match in pattern.Item!.Matches(folded))
            {
                foreach (var draft in Read(pattern, match, item, folded, headerSentence, mentions, published, mention with { Inferred = true }))
                {
                    yield return draft;
                }
            }
        }
    }

    private IEnumerable<Draft> Read(ClaimPattern pattern, Match match, Sentence sentence, string folded, Sentence subjectSentence, List<EntityMention> mentions, DateOnly? published, EntityMention? given = null)
    {
        var predicate = pack.Predicates[pattern.Predicate];
        var subjectGroup = match.Groups["subject"];
        if (given is null && subjectGroup.Success && vague is not null && vague.IsMatch(folded[..subjectGroup.Index]))
        {
            yield break; // "a form of X" says something about some relative of X, not X.
        }

        var subject = given ?? (subjectGroup.Success ? Resolve(subjectGroup.Value, subjectSentence.Offset + subjectGroup.Index, subjectSentence.Block, mentions) : null);
        if (subject is null)
        {
            yield break;
        }

        string? obj = match.Groups["object"] is { Success: true } o ? pack.Entities.FindByName(o.Value) : null;
        if (predicate.HasObject && (obj is null || obj == subject.EntityId))
        {
            yield break;
        }

        var value = ReadValue(pattern, match, predicate, obj);
        if (predicate.ValueKind != ValueKind.None && value is null)
        {
            yield break;
        }

        var read = stance.Read(match.Value);
        var polarity = pattern.Polarity == Polarity.Negated ? Flip(read.Polarity) : read.Polarity;
        var modality = pattern.Modality ?? read.Modality;
        var dateWords = match.Groups["date"] is { Success: true } d ? d.Value : null;
        var (date, dateText, relative) = ReadDate(dateWords, published);
        var (fixedQualifiers, lists) = ReadQualifiers(pattern, match, predicate, folded);
        var (ordered, orderedObject, orderedValue) = Ordered(predicate, subject.EntityId, obj, value);
        var explanation = Explain(pattern, match, subject, read, dateWords, date, relative, published);
        var claim = new ReadClaim(sentence, match.Index, match.Length, ordered, subject.Text, subject.Inferred, predicate.Id, orderedValue, orderedObject, date, dateText, polarity, modality, pattern.Id, explanation)
        {
            Published = predicate.ChangesOverTime ? published : null,
        };
        foreach (var draft in Spread(claim, fixedQualifiers, lists))
        {
            yield return draft;
        }
    }

    /// <summary>
    /// "It is indicated for:" names its uses in the bullets under it. Each bullet that holds a value of a qualifier the
    /// header's claim lacks gives the claim with that value, placed at the bullet; none gives nothing.
    /// </summary>
    private List<Draft> ReadItems(FrameMatch match, SentenceReading[] readings, int header, DateOnly? published)
    {
        var drafts = new List<Draft>();
        var missing = match.Frame.Qualifiers
            .Where(q => q.Value.Fixed is null && q.Value.After > 0 && !match.Qualifiers.Any(x => x.Name == q.Key) && !match.QualifierLists.Any(l => l[0].Name == q.Key))
            .Select(q => q.Key)
            .ToList();
        var block = readings[header].Sentence.Block;
        for (var i = header + 1; missing.Count > 0 && i < readings.Length && readings[i].Sentence.IsBullet && readings[i].Sentence.Block <= block + 1; i++)
        {
            block = readings[i].Sentence.Block;
            var item = readings[i];
            foreach (var name in missing)
            {
                // The longest phrase is the most specific: "a fever in chronic fatigue syndrome" names the syndrome.
                if (item.QualifierSpans.GetValueOrDefault(name) is { Count: > 0 } spans && spans.MaxBy(s => s.End - s.Start) is var span)
                {
                    var qualifier = new Qualifier(name, span.Labels[0].Value, item.Words(span.Start, span.End));
                    var itemMatch = match with
                    {
                        Qualifiers = [.. match.Qualifiers, qualifier],
                        Arguments = [.. match.Arguments, new FilledArgument("qualifier", qualifier.Text, span.Start, span.End)],
                        Start = span.Start,
                        End = span.End,
                    };
                    drafts.AddRange(ReadFrame(itemMatch, item, published));
                }
            }
        }

        return drafts;
    }

    private IEnumerable<Draft> ReadFrame(FrameMatch match, SentenceReading reading, DateOnly? published)
    {
        var predicate = pack.Predicates[match.Frame.Predicate];
        var (ordered, orderedObject, value) = Ordered(predicate, match.Subject.EntityId, match.Object, match.Value);
        var dateWords = match.Date?.Text;
        var (date, dateText, relative) = ReadDate(dateWords, published);
        if (match.DateUpTo is { } upTo && date is { } bound)
        {
            // "before 2000": any day up to the one before the date said.
            (date, dateText) = (new DateInterval(DateOnly.MinValue, bound.Start.AddDays(-1)), $"{upTo.Words} {dateText}");
        }

        var offset = reading.Tokens[match.Start].Start;
        var subjectText = match.Subject.Text.Length == 0 ? pack.Entities[match.Subject.EntityId].Name : match.Subject.Text;
        var explanation = ExplainFrame(match, reading, dateWords, date, relative, published);
        var claim = new ReadClaim(reading.Sentence, offset, reading.Tokens[match.End - 1].End - offset, ordered, subjectText, match.Subject.Inferred, predicate.Id, value, orderedObject, date, dateText, match.Polarity, match.Modality, match.Frame.Id, explanation)
        {
            Factor = match.Factor,
            Bound = match.Bound,
            Published = predicate.ChangesOverTime ? published : null,
        };
        return Spread(claim, match.Qualifiers.ToList(), match.QualifierLists.Select(l => l.ToList()).ToList());
    }

    /// <summary>A relative date ("for nearly 50 years") counts back from the publication date; without one it stays open, kept as words.</summary>
    private (DateInterval? Date, string? Text, bool Relative) ReadDate(string? words, DateOnly? published)
    {
        if (words is null)
        {
            return (null, null, false);
        }

        var (date, relative) = pack.Dates.ParseTellingRelative(words, published);
        return (date, date is not null || relative ? words : null, relative);
    }

    /// <summary>How <c>extract --explain</c> says a date was read: the interval, or why it was left open.</summary>
    private static string? DescribeDate(string? words, DateInterval? date, bool relative, DateOnly? published) =>
        words is null ? null
        : date is { } interval ? (relative ? $"{interval}, counted back from the publication date {published:yyyy-MM-dd}" : interval.ToString())
        : relative ? "left open: a relative date, and the source has no publication date"
        : "not a date that can be read";

    /// <summary>One draft per qualifier set: "approved for A and B" is two claims.</summary>
    private static IEnumerable<Draft> Spread(ReadClaim claim, List<Qualifier> fixedQualifiers, List<List<Qualifier>> lists) =>
        Expand(fixedQualifiers, lists).Select(qualifiers => new Draft(
            claim.Sentence,
            claim.Offset,
            claim.Length,
            new Assertion(
                string.Empty,
                string.Empty,
                claim.Subject,
                claim.SubjectText,
                claim.SubjectInferred,
                claim.Predicate,
                claim.Value,
                claim.Object,
                claim.Date,
                claim.DateText,
                qualifiers.OrderBy(q => q.Name, StringComparer.Ordinal).ThenBy(q => q.Value, StringComparer.Ordinal).ToList(),
                claim.Polarity,
                claim.Modality,
                new SourceLocation(0, 0, 0, 0),
                claim.Sentence.Text,
                claim.Pattern)
            {
                Explanation = claim.Explanation,
                Factor = claim.Factor,
                Bound = claim.Bound,
                Published = claim.Published,
            }));

    /// <summary>What <c>extract --explain</c> shows for a frame: its arguments and the cues behind polarity and modality.</summary>
    private Explanation ExplainFrame(FrameMatch match, SentenceReading reading, string? dateWords, DateInterval? date, bool relative, DateOnly? published)
    {
        var entity = pack.Entities[match.Subject.EntityId].Name;
        var subject = !match.Subject.Inferred ? $"\"{match.Subject.Text}\" names {entity}"
            : match.Subject.Text.Length == 0 && reading.ImplicitSubject is null ? $"none in the sentence: its paragraph speaks of {entity}, named last before it"
            : match.Subject.Text.Length == 0 ? $"none in the sentence: a list item or timeline entry speaks of {entity}, named last before it"
            : $"\"{match.Subject.Text}\" stands for {entity}, named last before it";
        var polarityWords = match.PolarityCues.Select(c => $"\"{c.Words}\" ({c.Cue.Direction.ToString().ToLowerInvariant()} {CueKindNames.Of(c.Cue.Kind)} cue)").ToList();
        if (match.Frame.Polarity == Polarity.Negated)
        {
            polarityWords.Add($"frame '{match.Frame.Id}' denies");
        }

        var modalityWords = match.Frame.Modality is { } fixedModality
            ? [$"frame '{match.Frame.Id}' sets {fixedModality.ToString().ToLowerInvariant()}"]
            : match.ModalityCues.Select(c => $"\"{c.Words}\" ({CueKindNames.Of(c.Cue.Kind)} cue)").ToList();
        return new Explanation(
            match.Frame.Id,
            match.Frame.File,
            reading.Words(match.Start, match.End),
            subject,
            polarityWords,
            modalityWords,
            dateWords,
            DescribeDate(dateWords, date, relative, published))
        {
            Arguments = match.Arguments.Select(a => (a.Name, a.Words)).ToList(),
            TimeWords = match.TimeCues.Select(c => $"\"{c.Words}\" ({CueKindNames.Of(c.Cue.Kind)} cue)").ToList(),
        };
    }

    /// <summary>What <c>extract --explain</c> shows: the pattern, and the words behind polarity, modality and date.</summary>
    private Explanation Explain(ClaimPattern pattern, Match match, EntityMention subject, Stance read, string? dateWords, DateInterval? date, bool relative, DateOnly? published)
    {
        var entity = pack.Entities[subject.EntityId].Name;
        var polarityWords = read.PolarityCues.Select(w => $"\"{w}\"").ToList();
        if (pattern.Polarity == Polarity.Negated)
        {
            polarityWords.Add($"pattern '{pattern.Id}' denies");
        }

        var modalityWords = pattern.Modality is { } fixedModality
            ? [$"pattern '{pattern.Id}' sets {fixedModality.ToString().ToLowerInvariant()}"]
            : read.ModalityCues.Select(w => $"\"{w}\"").ToList();
        return new Explanation(
            pattern.Id,
            pattern.File,
            match.Value,
            subject.Inferred ? $"\"{subject.Text}\" stands for {entity}, named last before it" : $"\"{subject.Text}\" names {entity}",
            polarityWords,
            modalityWords,
            dateWords,
            DescribeDate(dateWords, date, relative, published));
    }

    private static ClaimValue? ReadValue(ClaimPattern pattern, Match match, PredicateDefinition predicate, string? obj)
    {
        var words = match.Groups["value"] is { Success: true } v ? v.Value : null;
        return predicate.ValueKind switch
        {
            ValueKind.Entity => obj is null ? null : new ClaimValue(obj, match.Groups["object"].Value),
            ValueKind.RomanNumeral => (pattern.Value ?? words) is { } text && RomanNumeral.Normalize(text) is { } n ? new ClaimValue(n, text) : null,
            ValueKind.Enum when pattern.Value is not null => new ClaimValue(pattern.Value, words ?? match.Value),
            ValueKind.Enum when words is not null => predicate.Values
                .Where(kv => kv.Value.Any(w => string.Equals(Squash(w), Squash(words), StringComparison.OrdinalIgnoreCase)))
                .Select(kv => new ClaimValue(kv.Key, words))
                .FirstOrDefault(),
            _ => null,
        };
    }

    private (List<Qualifier> Fixed, List<List<Qualifier>> Lists) ReadQualifiers(ClaimPattern pattern, Match match, PredicateDefinition predicate, string sentence)
    {
        var found = new List<Qualifier>();
        var lists = new List<List<Qualifier>>();
        foreach (var (name, value) in pattern.Qualifiers)
        {
            found.Add(new Qualifier(name, value, pack.Qualifiers[name][value].Label));
        }

        foreach (var name in predicate.Qualifiers.Where(n => found.TrueForAll(q => q.Name != n)))
        {
            var definition = pack.Qualifiers[name];
            if (match.Groups[PatternCompiler.GroupName("q", name)] is { Success: true } single)
            {
                found.AddRange(definition.FindAll(single.Value).Take(1).Select(v => new Qualifier(name, v.Value, v.Text)));
            }
            else if (match.Groups[PatternCompiler.GroupName("l", name)] is { Success: true } list)
            {
                lists.Add(definition.FindAll(list.Value).DistinctBy(v => v.Value).Select(v => new Qualifier(name, v.Value, v.Text)).ToList());
            }
            else if (definition.Scope == QualifierScope.Sentence)
            {
                found.AddRange(definition.FindAll(sentence).Take(1).Select(v => new Qualifier(name, v.Value, v.Text)));
            }
            else if (definition.Scope == QualifierScope.Clause)
            {
                var clause = clauses.Around(sentence, match.Index, match.Index + match.Length);
                found.AddRange(definition.FindAll(match.Value).Concat(definition.FindAll(clause)).Take(1).Select(v => new Qualifier(name, v.Value, v.Text)));
            }
        }

        return (found, lists);
    }

    /// <summary>One qualifier set per listed value: "approved for A and B" is two claims.</summary>
    private static IEnumerable<List<Qualifier>> Expand(List<Qualifier> fixedQualifiers, List<List<Qualifier>> lists)
    {
        IEnumerable<List<Qualifier>> sets = [fixedQualifiers];
        foreach (var list in lists.Where(l => l.Count > 0))
        {
            sets = sets.SelectMany(set => list.Select(q => set.Append(q).ToList())).ToList();
        }

        return sets;
    }

    /// <summary>A symmetric predicate keeps subject and object in id order, its value turned to read the same.</summary>
    private static (string Subject, string? Object, ClaimValue? Value) Ordered(PredicateDefinition predicate, string subject, string? obj, ClaimValue? value) =>
        predicate.Symmetric && obj is not null && string.CompareOrdinal(obj, subject) < 0 ? (obj, subject, predicate.Swapped(value)) : (subject, obj, value);

    private static Polarity Flip(Polarity polarity) => polarity == Polarity.Affirmed ? Polarity.Negated : Polarity.Affirmed;

    private static string Squash(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Orders, de-duplicates and numbers the assertions. When two patterns read the same claim from one sentence,
    /// the one that says less (no date, fewer qualifiers) is dropped.
    /// </summary>
    private static List<Assertion> Finish(SourceDocument source, List<Draft> drafts, SourcePositions lines, StringPool? pool)
    {
        var result = new List<Assertion>();
        // Only drafts of one sentence can cover each other, so each is compared within its sentence: time stays
        // linear in the article's length.
        var kept = drafts
            .GroupBy(d => d.Sentence.Index)
            .SelectMany(sentence => sentence.Where(d => !sentence.Any(other => !ReferenceEquals(other, d) && Covers(other, d))))
            .OrderBy(d => d.Sentence.Offset + d.Offset)
            .ThenBy(d => d.Assertion.Pattern, StringComparer.Ordinal);
        foreach (var draft in kept)
        {
            var a = draft.Assertion;
            result.Add(a with
            {
                Id = $"{source.Id}#{result.Count + 1}",
                SourceId = source.Id,
                Location = lines.Locate(draft.Sentence.Offset, draft.Offset, draft.Length),
                File = lines.FileAt(draft.Sentence.Offset + draft.Offset),
                Quote = pool?.Share(a.Quote) ?? a.Quote,
                SubjectText = pool?.Share(a.SubjectText) ?? a.SubjectText,
                DateText = pool is null ? a.DateText : pool.Share(a.DateText),
                Value = pool is null ? a.Value : pool.Share(a.Value),
                Qualifiers = pool is null ? a.Qualifiers : pool.Share(a.Qualifiers),
                Explanation = pool is null ? a.Explanation : null,
            });
        }

        return result;
    }

    /// <summary>True when <paramref name="wide"/> says all that <paramref name="narrow"/> says about the same claim, and is preferred.</summary>
    private static bool Covers(Draft wide, Draft narrow)
    {
        var (w, n) = (wide.Assertion, narrow.Assertion);
        if (wide.Sentence.Index != narrow.Sentence.Index || w.Subject != n.Subject || w.Predicate != n.Predicate
            || w.Polarity != n.Polarity || w.ObjectEntity != n.ObjectEntity || w.Value?.Normalized != n.Value?.Normalized
            || (n.Date is not null && w.Date != n.Date) || !n.Qualifiers.All(q => w.Qualifiers.Any(x => x.Name == q.Name && x.Value == q.Value)))
        {
            return false;
        }

        var wideSays = (w.Date is null ? 0 : 1) + w.Qualifiers.Count;
        var narrowSays = (n.Date is null ? 0 : 1) + n.Qualifiers.Count;
        return wideSays > narrowSays
            || (wideSays == narrowSays && (wide.Offset + wide.Sentence.Offset, w.Pattern).CompareTo((narrow.Offset + narrow.Sentence.Offset, n.Pattern)) < 0);
    }

    private sealed record Draft(Sentence Sentence, int Offset, int Length, Assertion Assertion);

    /// <summary>What a pattern or frame read from a sentence, before a list of qualifier values is spread into claims.</summary>
    private sealed record ReadClaim(
        Sentence Sentence,
        int Offset,
        int Length,
        string Subject,
        string SubjectText,
        bool SubjectInferred,
        string Predicate,
        ClaimValue? Value,
        string? Object,
        DateInterval? Date,
        string? DateText,
        Polarity Polarity,
        Modality Modality,
        string Pattern,
        Explanation Explanation)
    {
        public Factor? Factor { get; init; }

        public TimeBound Bound { get; init; }

        public DateOnly? Published { get; init; }
    }
}
