using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Packs;
using Contradictions.Text;
using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>
/// Reads sentences for the frames: tokens once, then every phrase of the pack (names, anaphors, qualifier and value
/// words, lexicons, triggers, clause breaks) in one pass over them, then cue scopes and dates. Built once per pack;
/// thread-safe.
/// </summary>
internal sealed class SentenceReader
{
    /// <summary>How many blocks (paragraphs, headings, bullets) back "it" or "the drug" may look for what it means.</summary>
    public const int AnaphorReach = 3;

    /// <summary>The most words between a name and the parenthesis that puts another name in apposition to it.</summary>
    private const int AppositionReach = 4;

    /// <summary>The most tokens between the comma that opens an aside and the name in it.</summary>
    private const int AsideReach = 10;

    /// <summary>The same for an aside that a relative pronoun opens, a clause of its own: ", which the company developed as a safer alternative to X,".</summary>
    private const int RelativeAsideReach = 20;

    /// <summary>The most words after the name before the comma that closes an aside.</summary>
    private const int AsideTail = 2;

    /// <summary>The most tokens whose marks <see cref="WordsBefore"/> keeps on the stack.</summary>
    private const int MarksOnStack = 512;

    private readonly RulePack pack;
    private readonly PhraseIndex phrases;
    private readonly PhraseIndex breaks;
    private readonly Dictionary<string, PhraseIndex> qualifiers = new(StringComparer.Ordinal);
    /// <summary>The first words of the clause breaks, the qualifiers' words, the cues and the terminators: one look per token of a sentence with a trigger.</summary>
    private readonly PhraseStarts sentenceStarts;

    /// <summary>Every qualifier with no words: what a sentence without any qualifier's word holds.</summary>
    private readonly Dictionary<string, IReadOnlyList<LabelledSpan>> noQualifiers;
    private readonly Dictionary<string, List<Label>> lexiconTriggers = new(StringComparer.Ordinal);
    private readonly CueScopes cues;
    private readonly HashSet<string> singleWordJoiners;
    private readonly HashSet<string> cataphoraOpeners;
    private readonly HashSet<string> relativePronouns;
    private readonly DateFinder dates;

    /// <summary>The qualifiers that have words standing for their value named last ("the condition"), in id order.</summary>
    private readonly List<string> pointedAt;

    // What a sentence that names nothing holds; shared, never changed.
    private static readonly Dictionary<int, EntityMention> NoMentions = [];
    private static readonly Dictionary<int, (int Start, int End)> NoneSetAside = [];
    private static readonly Dictionary<string, IReadOnlyList<LabelledSpan>> NoQualifierSpans = [];
    private static readonly List<int> NoStarts = [];

    public SentenceReader(RulePack pack)
    {
        this.pack = pack;
        Tokenizer = new Tokenizer(pack.Language.BaseForms);
        phrases = new PhraseIndex(Tokenizer);
        breaks = new PhraseIndex(Tokenizer, exact: true);
        foreach (var entity in pack.Entities.All.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases).Concat(entity.Brands))
            {
                phrases.Add(name, new Label(LabelKind.Entity, entity.Id));
            }
        }

        foreach (var anaphor in pack.Language.Anaphors)
        {
            phrases.Add(anaphor, new Label(LabelKind.Anaphor, Squash(anaphor)));
        }

        // "The condition" stands for the indication named last: only for the pack's own qualifiers.
        pointedAt = pack.Language.QualifierAnaphors.Keys.Where(pack.Qualifiers.ContainsKey).Order(StringComparer.Ordinal).ToList();
        foreach (var name in pointedAt)
        {
            foreach (var word in pack.Language.QualifierAnaphors[name])
            {
                phrases.Add(word, new Label(LabelKind.QualifierAnaphor, name));
            }
        }

        foreach (var pronoun in pack.Language.RelativePronouns)
        {
            phrases.Add(pronoun, new Label(LabelKind.RelativePronoun, pronoun));
        }

        foreach (var vague in pack.Language.VagueMentions)
        {
            phrases.Add(vague, new Label(LabelKind.Vague, vague));
        }

        // Each qualifier has an index of its own, so that one phrase can give two: "the U.K. Medicines and Healthcare
        // products Regulatory Agency" names the authority and the jurisdiction.
        foreach (var (name, qualifier) in pack.Qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            var index = new PhraseIndex(Tokenizer);
            foreach (var value in qualifier.Values.OrderBy(v => v.Id, StringComparer.Ordinal))
            {
                foreach (var word in value.Words.Append(value.Label))
                {
                    index.Add(word, new Label(LabelKind.Qualifier, name, value.Id));
                }
            }

            qualifiers[name] = index;
        }

        noQualifiers = qualifiers.Keys.ToDictionary(name => name, IReadOnlyList<LabelledSpan> (_) => [], StringComparer.Ordinal);

        foreach (var (id, predicate) in pack.Predicates.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (value, words) in predicate.Values)
            {
                foreach (var word in words)
                {
                    phrases.Add(word, new Label(LabelKind.Value, id, value));
                }
            }
        }

        foreach (var (name, words) in pack.Lexicons)
        {
            foreach (var word in words)
            {
                phrases.Add(word, new Label(LabelKind.Lexicon, name));
            }
        }

        foreach (var (name, words) in pack.LexiconAnaphors)
        {
            foreach (var word in words)
            {
                phrases.Add(word, new Label(LabelKind.LexiconAnaphor, name));
            }
        }

        for (var i = 0; i < pack.Frames.Count; i++)
        {
            var label = new Label(LabelKind.Trigger, pack.Frames[i].Id, Index: i);
            foreach (var lexicon in pack.Frames[i].TriggerLexicons)
            {
                (lexiconTriggers.TryGetValue(lexicon, out var list) ? list : lexiconTriggers[lexicon] = []).Add(label);
            }

            foreach (var word in pack.Frames[i].TriggerWords(pack.Lexicons))
            {
                phrases.Add(word, label);
            }
        }

        foreach (var word in pack.Language.ClauseBreaks)
        {
            breaks.Add(word, new Label(LabelKind.ClauseBreak, word));
        }

        singleWordJoiners = new HashSet<string>(pack.Language.ListJoiners.Where(j => !j.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        cataphoraOpeners = new HashSet<string>(pack.Language.CataphoraOpeners, StringComparer.OrdinalIgnoreCase);
        relativePronouns = new HashSet<string>(pack.Language.RelativePronouns, StringComparer.OrdinalIgnoreCase);
        cues = new CueScopes(pack.Language.Cues, pack.Language.ClauseBreaks.Concat(pack.Language.CueTerminators).ToList(), Tokenizer);
        sentenceStarts = new PhraseStarts(qualifiers.Values.Append(breaks).Append(cues.Phrases));
        dates = new DateFinder(pack.Dates);
    }

    public Tokenizer Tokenizer { get; }

    /// <summary>
    /// Reads one sentence; <paramref name="mentions"/> holds the entities named before it in the source, and the
    /// names in this sentence are added to it; <paramref name="lexiconsSaid"/> holds the block where each lexicon's
    /// words were last said, for words such as "these receptors", and is kept up to date likewise;
    /// <paramref name="qualifiersSaid"/> holds each qualifier's value said last and its block, for words such as
    /// "the condition".
    /// </summary>
    public SentenceReading Read(Sentence sentence, string folded, List<EntityMention> mentions, Dictionary<string, int> lexiconsSaid, Dictionary<string, (string Value, int Block)>? qualifiersSaid = null)
    {
        var tokens = Tokenizer.Split(folded);
        var spans = ResolveLexiconAnaphors(phrases.Find(tokens), sentence.Block, lexiconsSaid);
        var hasTrigger = spans.Exists(s => s.Has(LabelKind.Trigger));
        // Clauses and word counts serve only the frames, which start at a trigger.
        // One look at each token tells where a clause break, a qualifier's words or a cue may start, and each index
        // then tries only those tokens (most sentences hold few).
        var starts = hasTrigger || sentence.IsBullet ? sentenceStarts.In(tokens) : NoStarts;
        var clauses = hasTrigger ? Clauses(tokens, breaks.Find(tokens, starts), spans) : [];
        // A bullet may give its header's claim a value: "indicated for:" followed by the uses.
        var qualifierSpans = hasTrigger || sentence.IsBullet ? Qualifiers(tokens, spans, starts) : NoQualifierSpans;
        if (pointedAt.Count > 0 && qualifiersSaid is not null)
        {
            qualifierSpans = ResolveQualifierAnaphors(tokens, spans, qualifierSpans, hasTrigger || sentence.IsBullet, sentence.Block, qualifiersSaid);
        }

        var asides = false;
        var wordsBefore = hasTrigger ? WordsBefore(tokens, spans, qualifierSpans, plainAsidesAsOne: true, out asides) : [];
        // A cue's reach counts every word, asides too: "will make X, known on the street as Y, a controlled drug".
        var cueWordsBefore = asides ? WordsBefore(tokens, spans, qualifierSpans, plainAsidesAsOne: false, out _) : wordsBefore;

        var before = mentions.Count;
        var (own, notSubjects) = Mentions(sentence, folded, tokens, spans, mentions);
        var dateSpans = hasTrigger ? dates.In(folded, tokens) : [];
        DateSpan? leading = hasTrigger && dates.AtStart(folded, tokens) is { } first && first.End < tokens.Count && tokens[first.End].Text is ":" or "-"
            ? first
            : null;
        EntityMention? implicitSubject = null;
        if (sentence.IsBullet || leading is not null)
        {
            // A list item or timeline entry without a subject speaks of what was named last: its header, or the article's drug.
            var last = mentions.Take(before).LastOrDefault(m => sentence.Block - m.Block <= AnaphorReach);
            implicitSubject = sentence.IsBullet && ItemLabel(tokens, spans, own) is { } label ? label
                : last is null ? null : new EntityMention(last.EntityId, sentence.Offset, string.Empty, true) { Block = sentence.Block };
        }

        EntityMention? paragraphTopic = null;
        if (hasTrigger && own.Count == 0 && mentions.Take(before).LastOrDefault() is { } named && named.Block == sentence.Block)
        {
            paragraphTopic = new EntityMention(named.EntityId, sentence.Offset, string.Empty, true) { Block = sentence.Block };
        }

        return new SentenceReading
        {
            Sentence = sentence,
            Text = folded,
            Tokens = tokens,
            Spans = spans,
            Clauses = clauses,
            WordsBefore = wordsBefore,
            Cues = hasTrigger ? cues.Read(tokens, clauses, folded, cueWordsBefore, starts) : CueReading.Empty,
            Dates = dateSpans,
            Mentions = own,
            QualifierSpans = qualifierSpans,
            NotSubjects = notSubjects,
            ImplicitSubject = implicitSubject,
            ParagraphTopic = paragraphTopic,
            LeadingDate = leading,
        };
    }

    /// <summary>
    /// The name that labels a list item ("- Morphine: Schedule II"): the subject of the item's claims, though the
    /// colon ends its clause; null when the item does not open with a name and a colon.
    /// </summary>
    private static EntityMention? ItemLabel(List<Token> tokens, List<LabelledSpan> spans, Dictionary<int, EntityMention> own)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].Kind == TokenKind.Symbol)
        {
            first++;
        }

        var index = spans.FindIndex(s => s.Start == first);
        return index >= 0 && own.TryGetValue(index, out var named) && spans[index].End < tokens.Count && tokens[spans[index].End].Text == ":" ? named : null;
    }

    /// <summary>How many words come before each token; distances count words, and a phrase of the pack ("the Centers for Disease Control") as one.</summary>
    private static int[] WordsBefore(List<Token> tokens, List<LabelledSpan> spans, Dictionary<string, IReadOnlyList<LabelledSpan>> qualifierSpans, bool plainAsidesAsOne, out bool asides)
    {
        // On the stack for all but the longest sentences: the marks are gone once the counts are made.
        var inPhrase = tokens.Count <= MarksOnStack ? stackalloc bool[tokens.Count] : new bool[tokens.Count];
        MarkInner(spans, inPhrase);
        foreach (var found in qualifierSpans.Values)
        {
            MarkInner(found, inPhrase);
        }

        asides = plainAsidesAsOne && MarkPlainAsides(tokens, spans, qualifierSpans, inPhrase);

        var wordsBefore = new int[tokens.Count + 1];
        for (var t = 0; t < tokens.Count; t++)
        {
            wordsBefore[t + 1] = wordsBefore[t] + (tokens[t].Kind == TokenKind.Symbol || inPhrase[t] ? 0 : 1);
        }

        return wordsBefore;
    }

    /// <summary>
    /// "approved X, to be taken along with other drugs, for adults with Y": an aside between two commas that holds
    /// no name, trigger, value or qualifier counts as one word, so it does not push the use out of reach. True when
    /// there was such an aside.
    /// </summary>
    private static bool MarkPlainAsides(List<Token> tokens, List<LabelledSpan> spans, Dictionary<string, IReadOnlyList<LabelledSpan>> qualifierSpans, Span<bool> inPhrase)
    {
        var argumentStarts = tokens.Count <= MarksOnStack ? stackalloc bool[tokens.Count] : new bool[tokens.Count];
        foreach (var span in spans)
        {
            argumentStarts[span.Start] |= span.Has(LabelKind.Entity) || span.Has(LabelKind.Anaphor) || span.Has(LabelKind.Trigger) || span.Has(LabelKind.Value);
        }

        foreach (var found in qualifierSpans.Values)
        {
            foreach (var span in found)
            {
                argumentStarts[span.Start] = true;
            }
        }

        var open = -1;
        var plain = true;
        var marked = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Text != ",")
            {
                plain &= !argumentStarts[t];
                continue;
            }

            for (var inner = open + 2; open >= 0 && plain && inner < t; inner++)
            {
                inPhrase[inner] = marked = true;
            }

            (open, plain) = (t, true);
        }

        return marked;
    }

    /// <summary>Marks the tokens inside each span after its first: a phrase counts as one word.</summary>
    private static void MarkInner(IReadOnlyList<LabelledSpan> spans, Span<bool> inPhrase)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            for (var t = spans[i].Start + 1; t < spans[i].End; t++)
            {
                inPhrase[t] = true;
            }
        }
    }

    /// <summary>
    /// "These receptors" is the lexicon's phrase said last, within reach, and triggers what that phrase triggers; the
    /// lexicons said here are remembered.
    /// </summary>
    private List<LabelledSpan> ResolveLexiconAnaphors(List<LabelledSpan> spans, int block, Dictionary<string, int> lexiconsSaid)
    {
        // In reading order, so that "it received the designation in 2016, and this distinction again in 2020" finds
        // the phrase said earlier in the same sentence.
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Has(LabelKind.LexiconAnaphor))
            {
                spans[i] = WithLexiconsMeant(span, block, lexiconsSaid);
            }

            for (var l = 0; l < spans[i].Labels.Count; l++)
            {
                if (spans[i].Labels[l].Kind == LabelKind.Lexicon)
                {
                    lexiconsSaid[spans[i].Labels[l].Name] = block;
                }
            }
        }

        return spans;
    }

    /// <summary>The span with the lexicon and triggers its lexicon anaphors stand for, when said within reach; a method of its own, so that only such spans make the lambdas.</summary>
    private LabelledSpan WithLexiconsMeant(LabelledSpan span, int block, Dictionary<string, int> lexiconsSaid)
    {
        var meant = span.Labels
            .Where(l => l.Kind == LabelKind.LexiconAnaphor && lexiconsSaid.TryGetValue(l.Name, out var at) && block - at <= AnaphorReach)
            .SelectMany(l => lexiconTriggers.GetValueOrDefault(l.Name, []).Prepend(new Label(LabelKind.Lexicon, l.Name)))
            .ToList();
        return meant.Count > 0 ? span with { Labels = [.. span.Labels, .. meant] } : span;
    }

    /// <summary>
    /// "Approved for the condition": words that stand for a qualifier's value said last, within reach, become that
    /// value's words; the values said here are remembered. A sentence no frame reads (<paramref name="read"/> false)
    /// only has its values remembered.
    /// </summary>
    private Dictionary<string, IReadOnlyList<LabelledSpan>> ResolveQualifierAnaphors(
        List<Token> tokens, List<LabelledSpan> spans, Dictionary<string, IReadOnlyList<LabelledSpan>> found, bool read, int block, Dictionary<string, (string Value, int Block)> said)
    {
        var result = found;
        List<int>? starts = null;
        foreach (var name in pointedAt)
        {
            IReadOnlyList<LabelledSpan> values = read ? found.GetValueOrDefault(name) ?? [] : ValuesOf(name, tokens, spans, starts ??= sentenceStarts.In(tokens));
            List<LabelledSpan>? resolved = null;
            var next = 0;
            foreach (var pointer in spans)
            {
                if (pointer.First(LabelKind.QualifierAnaphor) is not { } label || label.Name != name)
                {
                    continue;
                }

                // The values said before it in this sentence count: "for X, and the condition ..." is X.
                for (; next < values.Count && values[next].Start < pointer.Start; next++)
                {
                    said[name] = (values[next].Labels[0].Value, block);
                }

                if (read && !Overlaps(values, pointer) && said.TryGetValue(name, out var last) && block - last.Block <= AnaphorReach)
                {
                    (resolved ??= [.. values]).Add(new LabelledSpan(pointer.Start, pointer.End, [new Label(LabelKind.Qualifier, name, last.Value)]));
                }
            }

            for (; next < values.Count; next++)
            {
                said[name] = (values[next].Labels[0].Value, block);
            }

            if (resolved is not null)
            {
                resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
                result = ReferenceEquals(result, found) ? new Dictionary<string, IReadOnlyList<LabelledSpan>>(found, StringComparer.Ordinal) : result;
                result[name] = resolved;
            }
        }

        return result;
    }

    /// <summary>True when one of the spans shares a token with <paramref name="span"/>; a loop, as this runs for every span of a sentence.</summary>
    private static bool Overlaps(IReadOnlyList<LabelledSpan> spans, LabelledSpan span)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Start < span.End && span.Start < spans[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One qualifier's words in a sentence no frame reads, as <see cref="Qualifiers"/> finds them.</summary>
    private List<LabelledSpan> ValuesOf(string name, List<Token> tokens, List<LabelledSpan> spans, List<int> starts)
    {
        if (starts.Count == 0)
        {
            return [];
        }

        var found = qualifiers[name].Find(tokens, starts);
        found.RemoveAll(q => InsideLongerName(q, spans));
        return found;
    }

    /// <summary>Each qualifier's words, except those inside a name or a lexicon phrase ("heart failure" names no other use).</summary>
    private Dictionary<string, IReadOnlyList<LabelledSpan>> Qualifiers(List<Token> tokens, List<LabelledSpan> spans, List<int> starts)
    {
        // Made at the first qualifier found, with every qualifier before it as none.
        Dictionary<string, IReadOnlyList<LabelledSpan>>? result = null;
        var before = 0;
        foreach (var (name, index) in qualifiers)
        {
            var found = index.Find(tokens, starts);
            for (var i = found.Count - 1; i >= 0; i--)
            {
                if (InsideLongerName(found[i], spans))
                {
                    found.RemoveAt(i);
                }
            }

            if (result is null && found.Count > 0)
            {
                result = new Dictionary<string, IReadOnlyList<LabelledSpan>>(qualifiers.Count, StringComparer.Ordinal);
                foreach (var earlier in qualifiers.Keys.Take(before))
                {
                    result[earlier] = [];
                }
            }

            if (result is not null)
            {
                result[name] = found;
            }

            before++;
        }

        return result ?? noQualifiers;
    }

    private static bool InsideLongerName(LabelledSpan q, List<LabelledSpan> spans)
    {
        foreach (var s in spans)
        {
            if (s.Start < q.End && q.Start < s.End && (s.End - s.Start) > (q.End - q.Start) && (s.Has(LabelKind.Entity) || s.Has(LabelKind.Lexicon) || s.Has(LabelKind.Value)))
            {
                return true;
            }
        }

        return false;
    }

    private (Dictionary<int, EntityMention> Own, Dictionary<int, (int Start, int End)> NotSubjects) Mentions(Sentence sentence, string folded, List<Token> tokens, List<LabelledSpan> spans, List<EntityMention> mentions)
    {
        // Made only for a sentence that names something: most name nothing.
        Dictionary<int, EntityMention>? own = null;
        Dictionary<int, (int Start, int End)>? notSubjects = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var offset = sentence.Offset + tokens[span.Start].Start;
            if (span.First(LabelKind.Entity) is { } entity)
            {
                if (i > 0 && spans[i - 1].Has(LabelKind.Vague) && spans[i - 1].End == span.Start)
                {
                    (notSubjects ??= [])[i] = (0, 0);
                }
                else if ((InApposition(tokens, spans, i) ?? InCommaAside(tokens, spans, i, relativePronouns)) is { } aside)
                {
                    (notSubjects ??= [])[i] = aside;
                }

                var mention = new EntityMention(entity.Name, offset, Words(folded, tokens, span), false) { Block = sentence.Block, SetAside = notSubjects?.ContainsKey(i) == true };
                (own ??= [])[i] = mention;
                mentions.Add(mention);
            }
            else if (span.Has(LabelKind.RelativePronoun) && Antecedent(tokens, spans, i) is { } named && own is not null && own.TryGetValue(named, out var antecedent))
            {
                // "derived from X, which was first made in 1926": the clause speaks of X, even when X is set aside.
                own[i] = antecedent with { };
            }
            else if (span.First(LabelKind.Anaphor) is { } anaphor && (Cataphor(tokens, spans, i) ?? ResolveAnaphor(anaphor.Name, offset, sentence.Block, mentions)) is { } meant)
            {
                (own ??= [])[i] = new EntityMention(meant, offset, Words(folded, tokens, span), true) { Block = sentence.Block };
            }
        }

        return (own ?? NoMentions, notSubjects ?? NoneSetAside);
    }

    /// <summary>The words of a span, cut from the sentence only for the spans that need them.</summary>
    private static string Words(string folded, List<Token> tokens, LabelledSpan span) => folded[tokens[span.Start].Start..tokens[span.End - 1].End];

    /// <summary>
    /// "Since it is approved, the maker ..." is no cataphor, but "Since it is approved, X is covered by insurers"
    /// is: an anaphor in a leading clause opened by a <c>cataphora-openers</c> word stands for the name that starts the
    /// main clause right after the clause's comma. The entity id, or null.
    /// </summary>
    private string? Cataphor(List<Token> tokens, List<LabelledSpan> spans, int index)
    {
        if (tokens.Count == 0 || !cataphoraOpeners.Contains(tokens[0].Folded))
        {
            return null;
        }

        var comma = tokens.FindIndex(t => t.Text == ",");
        if (comma < 0 || spans[index].End > comma)
        {
            return null;
        }

        var next = spans.FindIndex(index, s => s.Start == comma + 1);
        return next >= 0 && spans[next].First(LabelKind.Entity) is { } entity ? entity.Name : null;
    }

    /// <summary>
    /// The span of the name right before the relative pronoun at span <paramref name="index"/>, past a comma and the
    /// brackets of an alias ("Tylenol (acetaminophen), which"), or null.
    /// </summary>
    private int? Antecedent(List<Token> tokens, List<LabelledSpan> spans, int index)
    {
        var end = spans[index].Start;
        while (end > 0 && tokens[end - 1].Text is "," or ")" or "®" or "™")
        {
            end--;
        }

        var named = spans.FindLastIndex(index, s => s.End == end && s.Has(LabelKind.Entity));
        // "X (or Y), which": Y is only another name for X, and the clause speaks of X.
        return named >= 0 && InApposition(tokens, spans, named) is { } brackets && singleWordJoiners.Contains(tokens[brackets.Start + 1].Folded)
            && spans.FindLastIndex(named, s => s.End <= brackets.Start && s.Has(LabelKind.Entity)) is var head and >= 0
            ? head
            : named >= 0 ? named : null;
    }

    /// <summary>
    /// "Tylenol (acetaminophen)", "L-dopa (or levodopa)": a name in brackets just after another names the same thing
    /// again. The tokens of the brackets, or null.
    /// </summary>
    private static (int Start, int End)? InApposition(List<Token> tokens, List<LabelledSpan> spans, int index)
    {
        var start = spans[index].Start;
        for (var t = start - 1; t >= 0 && start - t <= AppositionReach + 1; t--)
        {
            if (tokens[t].Text == ")")
            {
                return null;
            }

            if (tokens[t].Text == "(")
            {
                if (!NameEndsAt(tokens, spans, index, t, overBrackets: false))
                {
                    return null;
                }

                var close = t;
                while (close < tokens.Count && tokens[close].Text != ")")
                {
                    close++;
                }

                return (t, close);
            }
        }

        return null;
    }

    /// <summary>
    /// "Acetaminophen, which is sold as Tylenol, was approved": a name inside commas right after another name is an
    /// aside about it, and the claim after the aside is about the first name. The tokens of the aside, or null.
    /// </summary>
    private static (int Start, int End)? InCommaAside(List<Token> tokens, List<LabelledSpan> spans, int index, HashSet<string> relativePronouns)
    {
        var span = spans[index];
        var close = span.End;
        // Up to two more words may follow the name inside the aside ("which contains acetaminophen molecules,").
        for (var words = 0; close < tokens.Count && tokens[close].Text is not "," && words <= AsideTail; close++)
        {
            words += tokens[close].Kind == TokenKind.Symbol ? 0 : 1;
        }

        if (close >= tokens.Count || tokens[close].Text != ",")
        {
            return null;
        }

        for (var t = span.Start - 1; t >= 0 && span.Start - t <= RelativeAsideReach; t--)
        {
            if (tokens[t].Text == ",")
            {
                var inReach = span.Start - t <= AsideReach || (t + 1 < tokens.Count && relativePronouns.Contains(tokens[t + 1].Folded));
                return inReach && NameEndsAt(tokens, spans, index, t, overBrackets: true) ? (t, close) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a name before span <paramref name="index"/> ends right before token <paramref name="at"/>, past marks
    /// such as ® and ™ (and, with <paramref name="overBrackets"/>, past brackets: "Tylenol® (acetaminophen), ...").
    /// </summary>
    private static bool NameEndsAt(List<Token> tokens, List<LabelledSpan> spans, int index, int at, bool overBrackets)
    {
        var end = at;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Symbol && tokens[end - 1].Text != "," && (overBrackets || tokens[end - 1].Text is not (")" or "(")))
        {
            end--;
        }

        if (end <= 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (spans[i].End == end && spans[i].Has(LabelKind.Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity an anaphor at <paramref name="offset"/> stands for: the last one named before it, within reach.</summary>
    public string? ResolveAnaphor(string anaphor, int offset, int block, List<EntityMention> mentions)
    {
        // "The spray" stands only for a product, if the pack says so; "it" for whatever was named last.
        var kinds = pack.Language.AnaphorKinds.GetValueOrDefault(anaphor);
        // "It" passes over a name set aside ("X, sold as Y, was approved. It ..." is X); "the spray" looks for its kind anywhere.
        var index = mentions.FindLastIndex(m => m.Offset < offset && (kinds is null ? !m.SetAside : kinds.Contains(pack.Entities[m.EntityId].Kind, StringComparer.Ordinal)));
        if (index >= 0 && block - mentions[index].Block <= AnaphorReach)
        {
            return mentions[index].EntityId;
        }

        // "X was approved. The spray ...": with no product named, the one product that holds the drug named last.
        var last = kinds is null ? -1 : mentions.FindLastIndex(m => m.Offset < offset && !m.SetAside);
        return last >= 0 && block - mentions[last].Block <= AnaphorReach ? pack.Entities.HolderOf(mentions[last].EntityId, kinds!) : null;
    }

    private int[] Clauses(List<Token> tokens, List<LabelledSpan> spans, List<LabelledSpan> phrases)
    {
        var clauses = new int[tokens.Count];
        var clause = 0;
        var depth = 0;
        // The spans come in order of their first token.
        var next = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var breaksHere = false;
            for (; next < spans.Count && spans[next].Start <= t; next++)
            {
                breaksHere |= spans[next].Start == t && spans[next].Has(LabelKind.ClauseBreak);
            }

            if (breaksHere)
            {
                clause++;
            }

            clauses[t] = clause;
            depth += tokens[t].Text switch { "(" or "[" => 1, ")" or "]" => depth > 0 ? -1 : 0, _ => 0 };
            // "(tradename: Tylenol)" is an aside, not a new clause.
            // "two enantiomers: R and S" goes on with its list; "1970: approved" starts a clause.
            if ((tokens[t].Text is ";" || (tokens[t].Text is ":" && !NamesOnlyAfter(tokens, phrases, t))) && depth == 0)
            {
                clause++;
            }
        }

        return clauses;
    }

    /// <summary>True when nothing but names, punctuation and list joiners follows token <paramref name="colon"/>.</summary>
    private bool NamesOnlyAfter(List<Token> tokens, List<LabelledSpan> phrases, int colon)
    {
        var t = colon + 1;
        var named = false;
        while (t < tokens.Count)
        {
            var name = phrases.FindLast(p => p.Start == t && p.Has(LabelKind.Entity));
            if (name is { End: > 0 })
            {
                named = true;
                t = name.End;
            }
            else if (tokens[t].Kind == TokenKind.Symbol || singleWordJoiners.Contains(tokens[t].Folded))
            {
                t++;
            }
            else
            {
                return false;
            }
        }

        return named;
    }

    private static string Squash(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
