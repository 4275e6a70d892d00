using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Packs;

namespace Contradictions.Frames;

/// <summary>
/// Fills the pack's frames in one sentence: at each trigger, the subject, object, value, required words, date and
/// qualifiers are looked for where the frame says they may stand, nearest first; the cues whose scope covers the
/// trigger or the value set polarity and modality, and a hypothetical cue ("if", "will") means no claim.
/// </summary>
internal sealed class FrameMatcher(RulePack pack)
{
    /// <summary>The longest stretch between two items of a list of qualifier values ("for fever, headache and colds").</summary>
    private const int ListGap = 3;

    /// <summary>The most words before a date that opens its clause ("In early", "On").</summary>
    private const int FrontedDateLead = 2;

    /// <summary>The most words between a passive auxiliary and its verb ("was first approved", "has been approved").</summary>
    private const int PassiveReach = 2;

    /// <summary>The most words between a name and a word that stands for it for the name to be taken as the subject instead.</summary>
    private const int NamedNearAnaphor = 2;

    /// <summary>The most words before a date that opens its clause after place words ("In Ruritania, as of early March, 2019,").</summary>
    private const int FrontedDateLongLead = 6;

    /// <summary>What <see cref="Nearest{TState}"/> gives when it finds nothing: shared, so never changed.</summary>
    private static readonly List<int> NoIndexes = [];

    private static readonly IReadOnlyList<CueHit> NoCues = [];

    /// <summary>What <see cref="Match"/> gives a sentence that fills no frame: shared, so never changed.</summary>
    private static readonly List<FrameMatch> NoMatches = [];

    private readonly HashSet<string> passiveAuxiliaries = new(pack.Language.PassiveAuxiliaries, StringComparer.OrdinalIgnoreCase);

    private readonly FactorFinder factors = new(pack.Language.Factors);

    /// <summary>
    /// Each list joiner as its words, longest first: "as well as" joins as a whole, while "as" alone joins nothing,
    /// and "and especially" is one joiner, not "and" before a word.
    /// </summary>
    private readonly List<string[]> listJoiners = pack.Language.ListJoiners.Select(j => j.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(words => words.Length).ToList();

    /// <summary>
    /// The frames filled in the sentence. The list is only to be read: a sentence that fills none, as most do, gets
    /// one shared empty list.
    /// </summary>
    public List<FrameMatch> Match(SentenceReading reading)
    {
        List<(int Order, FrameMatch Match)>? found = null;
        Dictionary<(int Span, int Label), bool>? fillable = null;
        for (var s = 0; s < reading.Spans.Count; s++)
        {
            var span = reading.Spans[s];
            for (var l = 0; l < span.Labels.Count; l++)
            {
                var label = span.Labels[l];
                if (label.Kind != LabelKind.Trigger)
                {
                    continue;
                }

                var order = label.Index;
                fillable ??= [];
                if (Fill(pack.Frames[order], reading, s, fillable) is { } match)
                {
                    (found ??= []).Add((order, match));
                    foreach (var listed in ListedObjects(reading, match))
                    {
                        if (Fill(pack.Frames[order], reading, s, fillable, listed) is { } more)
                        {
                            found.Add((order, more));
                        }
                    }
                }
            }
        }

        if (found is null)
        {
            return NoMatches;
        }

        // Two frames that read the same claim from one sentence: the one listed first in the pack says it.
        return found
            .OrderBy(f => f.Order)
            .ThenBy(f => f.Match.Start)
            .DistinctBy(f => Key(f.Match))
            .Select(f => f.Match)
            .ToList();
    }

    private static string Key(FrameMatch m) =>
        $"{m.Frame.Predicate}|{m.Subject.EntityId}|{m.Object}|{m.Value?.Normalized}|{m.Polarity}|{m.Date?.Text}|{string.Join(',', m.Qualifiers.Select(q => q.Name + "=" + q.Value))}";

    /// <summary>
    /// The names listed after the object a match took ("a mixture of A and B", "contains A, B and C"), each an
    /// object of its own claim; aliases of a name already taken ("A (or A') and B") are skipped.
    /// </summary>
    private IEnumerable<int> ListedObjects(SentenceReading reading, FrameMatch match)
    {
        if (match.Frame.Object is not { Fixed: null } || match.Arguments.FirstOrDefault(a => a.Name == "object") is not { } taken)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { match.Subject.EntityId, match.Object! };
        var last = Enumerable.Range(0, reading.Spans.Count).FirstOrDefault(i => reading.Spans[i].Start == taken.Start && reading.Mentions.ContainsKey(i), -1);
        // Names joined only by commas are a list once a joiner word comes: "A, B and C", not "of A, B is".
        var pending = new List<int>();
        for (var i = last + 1; last >= 0 && i < reading.Spans.Count; i++)
        {
            if (!reading.Mentions.TryGetValue(i, out var mention) || mention.Inferred)
            {
                continue;
            }

            var (previous, next) = (reading.Spans[last], reading.Spans[i]);
            if (reading.Gap(previous.End, next.Start) > ListGap || reading.Clauses[next.Start] != reading.Clauses[previous.Start] || !Joined(reading, previous.End, next.Start))
            {
                yield break;
            }

            last = i;
            pending.Add(i);
            if (HasJoiner(reading, previous.End, next.Start))
            {
                foreach (var listed in pending.Where(p => seen.Add(reading.Mentions[p].EntityId)))
                {
                    yield return listed;
                }

                pending.Clear();
            }
        }
    }

    // fillable: whether each trigger of the sentence may fill its frame (MayFill), by span and label, as found so far;
    // it is the same for every trigger that the other one bars, so it is found once per sentence.
    private FrameMatch? Fill(Frame frame, SentenceReading reading, int triggerIndex, Dictionary<(int Span, int Label), bool> fillable, int objectIndex = -1)
    {
        var trigger = reading.Spans[triggerIndex];
        var (subject, subjectIndex) = FindSubject(frame, reading, triggerIndex, trigger);
        // As most triggers are: nothing is cut from the sentence for them, and nothing made (the rest holds lambdas).
        return subject is null ? null : Fill(frame, reading, trigger, subject, subjectIndex, fillable, objectIndex);
    }

    private FrameMatch? Fill(Frame frame, SentenceReading reading, LabelledSpan trigger, EntityMention subject, int subjectIndex, Dictionary<(int Span, int Label), bool> fillable, int objectIndex)
    {
        var predicate = pack.Predicates[frame.Predicate];
        var arguments = new List<FilledArgument> { new("trigger", reading.Words(trigger.Start, trigger.End), trigger.Start, trigger.End) };

        if (subjectIndex >= 0)
        {
            var sp = reading.Spans[subjectIndex];
            arguments.Add(new("subject", reading.Words(sp.Start, sp.End), sp.Start, sp.End));
        }

        // Counted first: most frames require nothing, and a dictionary behind an interface boxes its enumerator.
        if (frame.Requires.Count > 0)
        {
            foreach (var (name, place) in frame.Requires)
            {
                var required = NearestLexicon(reading, trigger, place);
                if (required < 0)
                {
                    return null;
                }

                var r = reading.Spans[required];
                arguments.Add(new(name, reading.Words(r.Start, r.End), r.Start, r.End));
            }
        }

        if (frame.Unless.Count > 0)
        {
            foreach (var (_, place) in frame.Unless)
            {
                if (NearestLexicon(reading, trigger, place) >= 0)
                {
                    return null;
                }
            }
        }

        string? obj = null;
        string? objectWords = null;
        if (frame.Object is { } objectPlace)
        {
            if (objectPlace.Fixed is { } fixedObject)
            {
                obj = fixedObject;
            }
            else if ((objectIndex >= 0 ? objectIndex : NearestOne(reading, trigger, objectPlace, (Matcher: this, reading, subjectIndex, subject.EntityId, EntityValue: predicate.ValueKind == ValueKind.Entity, objectPlace), static (x, _, i) => i != x.subjectIndex && x.reading.Mentions.TryGetValue(i, out var m) && !m.Inferred && m.EntityId != x.EntityId && !(x.EntityValue && IsVague(x.reading, i)) && x.Matcher.OfKinds(m, x.objectPlace))) is var o and >= 0)
            {
                obj = reading.Mentions[o].EntityId;
                var os = reading.Spans[o];
                objectWords = reading.Words(os.Start, os.End);
                arguments.Add(new("object", objectWords, os.Start, os.End));
            }
        }

        if ((predicate.HasObject || predicate.ValueKind == ValueKind.Entity) && (obj is null || obj == subject.EntityId))
        {
            return null;
        }

        var value = ReadValue(frame, predicate, reading, trigger, obj, objectWords, arguments);
        if (predicate.ValueKind != ValueKind.None && value is null && frame.Value?.Any != true)
        {
            return null;
        }

        var barriers = Barriers(reading, trigger, arguments, fillable);
        DateSpan? date = predicate.Dated && NearestDates(reading, trigger, frame.Date, barriers) is [var nearest, ..] ? nearest : null;
        if (date is { } d)
        {
            arguments.Add(new("date", d.Text, d.Start, d.End));
        }

        date ??= predicate.Dated ? reading.LeadingDate : null;
        if (frame.Date.Required && date is null)
        {
            return null;
        }

        var taken = arguments.Select(a => (a.Start, a.End)).ToList();
        if (ReadQualifiers(frame, predicate, reading, trigger, barriers, taken, arguments) is not var (qualifiers, lists))
        {
            return null;
        }

        // Cues are read at the trigger and at the value word: "is not an NMDA antagonist", "does not cause it".
        var cueTokens = new List<int>(trigger.End - trigger.Start);
        for (var t = trigger.Start; t < trigger.End; t++)
        {
            cueTokens.Add(t);
        }

        foreach (var argument in arguments)
        {
            if (argument.Name == "value" || frame.Requires.ContainsKey(argument.Name))
            {
                for (var t = argument.Start; t < argument.End; t++)
                {
                    cueTokens.Add(t);
                }
            }
        }

        IReadOnlyList<CueHit> Covering(CueKind kind) => CuesCovering(frame, reading, cueTokens, trigger, kind);
        // A recommendation is no claim, unless the frame's claim is the recommendation: then "advised against" denies it.
        var readsRecommendations = frame.IgnoredCues.Contains(CueKind.Recommendation);
        var against = Covering(CueKind.RecommendationAgainst);
        if (Covering(CueKind.Hypothetical).Count > 0 || (!readsRecommendations && (against.Count > 0 || Covering(CueKind.Recommendation).Count > 0)))
        {
            return null;
        }

        IReadOnlyList<CueHit> negations = readsRecommendations && against.Count > 0 ? [.. Covering(CueKind.Negation), .. against] : Covering(CueKind.Negation);
        // An event's date after an until cue bounds it: "placed in Schedule III before 2000" came at some time before
        // 2000; "not approved until 1970" came in 1970, so the negation belongs to "until", not to the claim.
        var dateUpTo = !predicate.ChangesOverTime && date is { } dated && !frame.IgnoredCues.Contains(CueKind.Until)
            ? UntilEndingAt(reading, dated.Start)
            : null;
        if (dateUpTo is not null && negations.Count > 0 && frame.Polarity != Polarity.Negated)
        {
            (negations, dateUpTo) = ([], null);
        }

        var polarity = negations.Count > 0 ? Polarity.Negated : Polarity.Affirmed;
        if (frame.Polarity == Polarity.Negated)
        {
            polarity = polarity == Polarity.Affirmed ? Polarity.Negated : Polarity.Affirmed;
        }

        var hedges = Covering(CueKind.Hedge);
        var capabilities = Covering(CueKind.Capability);
        // A frame's own modality is what its words say unqualified ("drowsiness" named as a risk is
        // something the drug can do); denied ("does not depress breathing"), the cues decide.
        var fixedModality = polarity == Polarity.Affirmed || frame.Polarity == Polarity.Negated ? frame.Modality : null;
        var modality = fixedModality ?? (hedges.Count > 0 ? Modality.May : capabilities.Count > 0 ? Modality.Can : Modality.States);
        var modalityCues = fixedModality is not null ? [] : hedges.Count > 0 ? hedges : capabilities;

        // "until 2018", "formerly" or "later": when the claim held, for predicates whose value changes over time. A
        // dated "later" change is dated like any other.
        var pastCues = predicate.ChangesOverTime ? Covering(CueKind.Past) : [];
        var untilCues = predicate.ChangesOverTime && pastCues.Count == 0 ? Covering(CueKind.Until) : [];
        var laterCues = predicate.ChangesOverTime && pastCues.Count == 0 && untilCues.Count == 0 && date is null ? Covering(CueKind.Later) : [];
        var bound = pastCues.Count > 0 ? TimeBound.Past : untilCues.Count > 0 ? TimeBound.Until : laterCues.Count > 0 ? TimeBound.Later : TimeBound.None;

        var factor = frame.Factor is { } factorPlace ? NearestFactor(reading, trigger, factorPlace, barriers) : null;
        if (factor is { } f)
        {
            arguments.Add(new("factor", f.Factor.Text, f.Start, f.End));
        }

        // The evidence spans every word the claim was read from, its qualifiers' too ("by the agency").
        var start = arguments.Min(a => a.Start);
        var end = arguments.Max(a => a.End);
        return new FrameMatch(frame, subject, obj, objectWords, value, date, qualifiers, lists, polarity, modality, negations, modalityCues, arguments, start, end)
        {
            Factor = factor?.Factor,
            Bound = bound,
            TimeCues = [.. pastCues, .. untilCues, .. laterCues],
            DateUpTo = dateUpTo,
        };
    }

    /// <summary>The until cue that ends right before token <paramref name="date"/> and covers it, or null; a method, so that a claim makes no lambda.</summary>
    private static CueHit? UntilEndingAt(SentenceReading reading, int date)
    {
        var hits = reading.Cues.Covering(CueKind.Until, [date]);
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Tokens.End == date)
            {
                return hits[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The cues of a kind that cover the cue tokens and apply to the frame; a cue among the trigger's own words ("no
    /// longer a controlled substance") is part of what the trigger says. A method, not a lambda: this runs for every claim.
    /// </summary>
    private static IReadOnlyList<CueHit> CuesCovering(Frame frame, SentenceReading reading, List<int> cueTokens, LabelledSpan trigger, CueKind kind)
    {
        if (frame.IgnoredCues.Contains(kind))
        {
            return NoCues;
        }

        List<CueHit>? outside = null;
        var hits = reading.Cues.Covering(kind, cueTokens);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Tokens.Start < trigger.Start || hit.Tokens.End > trigger.End)
            {
                (outside ??= []).Add(hit);
            }
        }

        return outside ?? NoCues;
    }

    /// <summary>The factor nearest the trigger in its clause and within reach ("four times higher ... than"), or null.</summary>
    private FactorSpan? NearestFactor(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, Neighbours barriers)
    {
        FactorSpan? nearest = null;
        var best = int.MaxValue;
        foreach (var span in factors.In(reading.Tokens))
        {
            var distance = span.End <= trigger.Start ? (place.Before == 0 ? int.MaxValue : reading.Gap(span.End, trigger.Start))
                : span.Start >= trigger.End ? (place.After == 0 ? int.MaxValue : reading.Gap(trigger.End, span.Start))
                : 0;
            var reach = span.End <= trigger.Start ? place.Before : place.After;
            if (distance <= reach && distance < best && span.Start >= barriers.Previous && span.End <= barriers.Next
                && reading.Clauses[span.Start] == reading.Clauses[trigger.Start])
            {
                (nearest, best) = (span, distance);
            }
        }

        return nearest;
    }

    private static int Distance(SentenceReading reading, LabelledSpan a, LabelledSpan b) => a.End <= b.Start ? reading.Gap(a.End, b.Start) : reading.Gap(b.End, a.Start);

    /// <summary>
    /// True when span <paramref name="index"/> names or stands for an entity that may be this claim's subject: not
    /// vague ("a form of X"), of a kind the frame allows, and not set aside ("X, sold as Y,") unless the trigger is in
    /// the same aside ("X, sold as Y,": Y for a frame triggered by "sold as") or the frame asks for a kind.
    /// </summary>
    private bool MaySubject(SentenceReading reading, int index, LabelledSpan trigger, ArgumentPlace place)
    {
        if (!reading.Mentions.TryGetValue(index, out var mention))
        {
            return false;
        }

        if (!OfKinds(mention, place))
        {
            return false;
        }

        if (!reading.NotSubjects.TryGetValue(index, out var aside))
        {
            return true;
        }

        return aside.End > aside.Start && (place.Kinds is not null || (aside.Start <= trigger.Start && trigger.End <= aside.End));
    }

    /// <summary>True when the place takes any entity, or the mentioned entity is of a kind it names.</summary>
    private bool OfKinds(EntityMention mention, ArgumentPlace place) =>
        place.Kinds is not { } kinds || kinds.Contains(pack.Entities[mention.EntityId].Kind, StringComparer.Ordinal);

    /// <summary>
    /// True when the name at span <paramref name="index"/> follows a vague mention: "contains a form of X" does not say
    /// that X is what it contains, though "an enantiomer form of X" still relates the two.
    /// </summary>
    private static bool IsVague(SentenceReading reading, int index) => reading.NotSubjects.TryGetValue(index, out var aside) && aside.End == aside.Start;

    /// <summary>True when a passive auxiliary stands just before the trigger, in its clause: "was first approved".</summary>
    private bool IsPassive(SentenceReading reading, LabelledSpan trigger)
    {
        for (var t = trigger.Start - 1; t >= 0 && reading.Gap(t + 1, trigger.Start) < PassiveReach && reading.Clauses[t] == reading.Clauses[trigger.Start]; t--)
        {
            if (passiveAuxiliaries.Contains(reading.Tokens[t].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject and the index of its span; -1 for a subject implied by the context.</summary>
    private (EntityMention? Mention, int Index) FindSubject(Frame frame, SentenceReading reading, int triggerIndex, LabelledSpan trigger)
    {
        if (reading.Mentions.Count > 0)
        {
            return FindSubject(frame, reading, triggerIndex, IsPassive(reading, trigger));
        }

        // A sentence that names nothing and says nothing that stands for a name: only its context gives a subject.
        return frame.Subject.SameEntity ? (null, -1) : (FromContext(reading, frame.Subject), -1);
    }

    /// <summary>A subject the sentence does not name: the one its context implies, or its paragraph's when the place asks for it.</summary>
    private static EntityMention? FromContext(SentenceReading reading, ArgumentPlace place) =>
        reading.ImplicitSubject ?? (place.ParagraphTopic ? reading.ParagraphTopic : null);

    private (EntityMention? Mention, int Index) FindSubject(Frame frame, SentenceReading reading, int triggerIndex, bool passive)
    {
        var trigger = reading.Spans[triggerIndex];
        var place = passive ? frame.Subject with { PreferAfter = false } : frame.Subject;
        if (place.SameEntity)
        {
            if (!reading.Mentions.TryGetValue(triggerIndex, out var own))
            {
                return (null, -1);
            }

            var same = NearestOne(reading, trigger, place, (reading, triggerIndex, own.EntityId), static (x, _, i) => i != x.triggerIndex && x.reading.Mentions.TryGetValue(i, out var m) && m.EntityId == x.EntityId && !m.Inferred);
            return same >= 0 ? (reading.Mentions[same], same) : (null, -1);
        }

        var candidates = Nearest(reading, trigger, place, (Matcher: this, reading, triggerIndex, trigger, place), static (x, _, i) => i != x.triggerIndex && x.Matcher.MaySubject(x.reading, i, x.trigger, x.place));
        // "Despite being half as potent as Y, X ...": with both after the trigger, the nearer name is the object.
        if (candidates.Count > 1 && reading.Spans[candidates[0]].Start >= trigger.End && frame.Object is { Fixed: null, After: > 0 } objectPlace
            && NearestOne(reading, trigger, objectPlace, (reading, triggerIndex), static (x, _, i) => i != x.triggerIndex && x.reading.Mentions.ContainsKey(i)) == candidates[0])
        {
            candidates.RemoveAt(0);
        }

        if (candidates.Count > 0)
        {
            var chosen = reading.Mentions[candidates[0]].Inferred ? NameNear(reading, trigger, place, candidates[0]) : candidates[0];
            return (reading.Mentions[chosen], chosen);
        }

        if (FromContext(reading, place) is { } understoodSubject)
        {
            return (understoodSubject, -1);
        }

        // "The drug has been sold for decades ... and is mainly used as a remedy since 1970": a verb with no
        // subject of its own in reach shares the one named earlier in the sentence.
        for (var i = triggerIndex - 1; i >= 0; i--)
        {
            if (reading.Spans[i].End > trigger.Start || !reading.Mentions.TryGetValue(i, out var earlier) || earlier.Inferred)
            {
                continue;
            }

            // "X, a derivative of Y, which was made in 1926": the nearest name is set aside, and so is the claim.
            if (!MaySubject(reading, i, trigger, place) || place.Before == 0)
            {
                break;
            }

            // Across a clause break the subject is understood, not said: "..., but it can occur in the elderly".
            var understood = reading.Clauses[reading.Spans[i].Start] != reading.Clauses[trigger.Start];
            return understood ? (earlier with { Inferred = true }, -1) : (earlier, i);
        }

        return (null, -1);
    }

    /// <summary>
    /// "The way the drug works is that it blocks...": the name is the subject, not the word at span
    /// <paramref name="anaphor"/> that stands for it; the nearest such name in reach, or the word. A method of its
    /// own, so that only such subjects make the lambdas.
    /// </summary>
    private int NameNear(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, int anaphor)
    {
        var first = reading.Mentions[anaphor];
        var near = reading.Spans[anaphor];
        var side = near.End <= trigger.Start;
        return reading.Mentions.Keys.Order()
            .Where(i => !reading.Mentions[i].Inferred && reading.Mentions[i].EntityId == first.EntityId && (reading.Spans[i].End <= trigger.Start) == side
                && reading.Clauses[reading.Spans[i].Start] == reading.Clauses[near.Start]
                && Distance(reading, reading.Spans[i], near) <= NamedNearAnaphor && MaySubject(reading, i, trigger, place))
            .DefaultIfEmpty(anaphor)
            .MinBy(i => Distance(reading, reading.Spans[i], near));
    }

    private ClaimValue? ReadValue(Frame frame, PredicateDefinition predicate, SentenceReading reading, LabelledSpan trigger, string? obj, string? objectWords, List<FilledArgument> arguments)
    {
        if (predicate.ValueKind == ValueKind.Entity)
        {
            return obj is null ? null : new ClaimValue(obj, objectWords ?? pack.Entities[obj].Name);
        }

        if (frame.Value?.Fixed is { } fixedValue)
        {
            var words = reading.Words(trigger.Start, trigger.End);
            return predicate.ValueKind == ValueKind.RomanNumeral ? RomanValue(fixedValue) : new ClaimValue(fixedValue, words);
        }

        if (predicate.ValueKind == ValueKind.None || frame.Value is not { Any: false } place)
        {
            return null;
        }

        if (predicate.ValueKind == ValueKind.RomanNumeral)
        {
            // A class is the first number or numeral after the trigger ("Schedule III", "schedule 3", "C-III").
            for (var t = trigger.End; t < reading.Tokens.Count && reading.Gap(trigger.End, t) < Math.Max(place.After, 1); t++)
            {
                if (reading.Clauses[t] != reading.Clauses[trigger.Start])
                {
                    break;
                }

                if (reading.Tokens[t].Kind != Text.Tokens.TokenKind.Symbol && RomanValue(reading.Tokens[t].Text) is { } numeral)
                {
                    arguments.Add(new("value", reading.Tokens[t].Text, t, t + 1));
                    return numeral;
                }
            }

            return null;
        }

        bool IsValue(LabelledSpan s) => HasLabel(s, LabelKind.Value, predicate.Id);
        if (IsValue(trigger))
        {
            var label = trigger.Labels.First(l => l.Kind == LabelKind.Value && l.Name == predicate.Id);
            arguments.Add(new("value", reading.Words(trigger.Start, trigger.End), trigger.Start, trigger.End));
            return new ClaimValue(label.Value, reading.Words(trigger.Start, trigger.End));
        }

        if (NearestOne(reading, trigger, place, predicate.Id, static (id, s, _) => HasLabel(s, LabelKind.Value, id)) is var i and >= 0)
        {
            var s = reading.Spans[i];
            var label = s.Labels.First(l => l.Kind == LabelKind.Value && l.Name == predicate.Id);
            var words = reading.Words(s.Start, s.End);
            arguments.Add(new("value", words, s.Start, s.End));
            return new ClaimValue(label.Value, words);
        }

        return null;
    }

    private static ClaimValue? RomanValue(string text) => RomanNumeral.Normalize(text) is { } n ? new ClaimValue(n, text) : null;

    /// <summary>The qualifiers, single and listed; null when a required one is missing.</summary>
    private (List<Qualifier> Fixed, List<IReadOnlyList<Qualifier>> Lists)? ReadQualifiers(Frame frame, PredicateDefinition predicate, SentenceReading reading, LabelledSpan trigger, Neighbours barriers, List<(int Start, int End)> taken, List<FilledArgument> arguments)
    {
        var found = new List<Qualifier>();
        var lists = new List<IReadOnlyList<Qualifier>>();
        foreach (var name in predicate.Qualifiers)
        {
            var definition = pack.Qualifiers[name];
            var place = frame.Qualifiers.GetValueOrDefault(name) ?? (definition.Scope == QualifierScope.Sentence ? new ArgumentPlace(int.MaxValue, int.MaxValue, true) : ArgumentPlace.Clause);
            if (place.Fixed is { } fixedValue)
            {
                found.Add(new Qualifier(name, fixedValue, definition[fixedValue].Label));
                continue;
            }

            if (place.Before == 0 && place.After == 0)
            {
                continue;
            }

            var spans = reading.QualifierSpans.GetValueOrDefault(name) ?? [];
            // A trigger that is itself a qualifier's words gives that qualifier ("sold to anyone who asks").
            var own = IndexCovering(spans, trigger);
            if (own >= 0)
            {
                var span = spans[own];
                found.Add(new Qualifier(name, span.Labels[0].Value, reading.Words(span.Start, span.End)));
                continue;
            }

            var (previous, following) = definition.Scope == QualifierScope.Sentence ? (0, int.MaxValue) : (barriers.Previous, barriers.Next);
            // Between two events joined by "and", a qualifier belongs to the nearer one that can take it: "available
            // in Ruritania since 1970 and approved by the agency" places the use, not the approval, in Ruritania.
            bool Nearer(LabelledSpan s) => s.End <= trigger.Start
                ? previous == 0 || !HasJoiner(reading, previous, trigger.Start) || !Reaches(reading, barriers.Before!.Value, name, s) || reading.Gap(s.End, trigger.Start) <= reading.Gap(previous, s.Start)
                : following == int.MaxValue || !HasJoiner(reading, trigger.End, following) || !Reaches(reading, barriers.After!.Value, name, s) || reading.Gap(trigger.End, s.Start) <= reading.Gap(s.End, following);
            // "The agency scheduled it, and approved it for surgery": an event joined to the one before by "and" alone
            // shares what stands before that event's trigger.
            bool Shared(LabelledSpan s) => definition.Scope != QualifierScope.Sentence && barriers.Before is { } other && s.End <= other.Start
                && JoinedToPrevious(reading, trigger, other) && Reaches(reading, other, name, s);
            bool IsQualifier(LabelledSpan s, int _) => !taken.Exists(t => t.Start < s.End && s.Start < t.End) && s.End <= following
                && ((s.Start >= previous && (definition.Scope == QualifierScope.Sentence || Nearer(s))) || Shared(s))
                && !HyphenedToOtherTrigger(reading, s, trigger, taken);
            var candidates = Nearest(reading, trigger, place, IsQualifier, sentenceWide: definition.Scope == QualifierScope.Sentence, among: spans);
            if (candidates.Count == 0)
            {
                if (place.Required)
                {
                    return null;
                }

                continue;
            }

            var items = new List<LabelledSpan> { spans[candidates[0]] };
            // A list goes on from the first value: "for fever, headache and colds" is three claims.
            for (var i = candidates[0] + 1; i < spans.Count; i++)
            {
                var next = spans[i];
                var last = items[^1];
                if (reading.Gap(last.End, next.Start) > ListGap || reading.Clauses[next.Start] != reading.Clauses[last.Start] || !IsQualifier(next, i) || !Joined(reading, last.End, next.Start))
                {
                    break;
                }

                items.Add(next);
            }

            foreach (var span in items)
            {
                arguments.Add(new("qualifier", reading.Words(span.Start, span.End), span.Start, span.End));
            }

            var values = items.Select(i => new Qualifier(name, i.Labels[0].Value, reading.Words(i.Start, i.End))).DistinctBy(q => q.Value).ToList();
            if (values.Count == 1)
            {
                found.Add(values[0]);
            }
            else
            {
                lists.Add(values);
            }
        }

        return (found, lists);
    }

    /// <summary>The first of the spans that covers the trigger's words, or -1.</summary>
    private static int IndexCovering(IReadOnlyList<LabelledSpan> spans, LabelledSpan trigger)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Start <= trigger.Start && trigger.End <= spans[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a Schedule III drug that is agency-approved": words hyphened to another event's trigger are that event's,
    /// unless that trigger is one of this claim's own words ("an agency-approved generic").
    /// </summary>
    private static bool HyphenedToOtherTrigger(SentenceReading reading, LabelledSpan words, LabelledSpan trigger, List<(int Start, int End)> taken) =>
        words.End + 1 < reading.Tokens.Count && reading.Tokens[words.End].Text == "-" && words.End + 1 != trigger.Start
        && !taken.Exists(t => t.Start <= words.End + 1 && words.End + 1 < t.End)
        && reading.Spans.Any(s => s.Start == words.End + 1 && s.Has(LabelKind.Trigger));

    private bool HasJoiner(SentenceReading reading, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (JoinerAt(reading, t, to) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only punctuation and list joiners stand between the two tokens.</summary>
    private bool Joined(SentenceReading reading, int end, int start)
    {
        for (var t = end; t < start;)
        {
            if (reading.Tokens[t].Kind == Text.Tokens.TokenKind.Symbol)
            {
                t++;
            }
            else if (JoinerAt(reading, t, start) is var length and > 0)
            {
                t += length;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of tokens of the list joiner that starts at token <paramref name="at"/> and ends by <paramref name="limit"/>, or 0.</summary>
    private int JoinerAt(SentenceReading reading, int at, int limit)
    {
        foreach (var words in listJoiners)
        {
            if (at + words.Length <= limit && Text.Tokens.TokenPhrase.StartsWith(reading.Tokens, at, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static List<DateSpan> NearestDates(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, Neighbours barriers)
    {
        if (reading.Dates.Count == 0)
        {
            return [];
        }

        var clause = reading.Clauses[trigger.Start];
        var next = barriers.Next;
        var after = new List<DateSpan>();
        for (var i = 0; i < reading.Dates.Count; i++)
        {
            var d = reading.Dates[i];
            if (d.Start >= trigger.End && d.End <= next && reading.Clauses[d.Start] == clause && reading.Gap(trigger.End, d.Start) < place.After)
            {
                after.Add(d);
            }
        }

        // A date before the trigger is one that opens its clause ("In 2019, the agency approved"); one further in
        // belongs to another verb ("patented in 1963, the drug is approved"). It dates the clause's event however
        // far the verb is, past asides with verbs of their own: "In 2019 the product, which contains ..., was approved".
        var before = new List<DateSpan>();
        for (var i = 0; i < reading.Dates.Count; i++)
        {
            var d = reading.Dates[i];
            if (place.Before > 0 && d.End <= trigger.Start && reading.Clauses[d.End - 1] == clause && Fronted(reading, d, clause))
            {
                before.Add(d);
            }
        }

        // Nearest first: after the trigger in the order of the text, before it in reverse.
        if (InTextOrder(after) && InTextOrder(before))
        {
            before.Reverse();
        }
        else
        {
            after = [.. after.OrderBy(d => d.Start)];
            before = [.. before.OrderByDescending(d => d.End)];
        }

        var (first, second) = place.PreferAfter ? (after, before) : (before, after);
        first.AddRange(second);
        return first;
    }

    /// <summary>True when each date starts and ends after the one before it, as the sentence reader finds them.</summary>
    private static bool InTextOrder(List<DateSpan> dates)
    {
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i].Start <= dates[i - 1].Start || dates[i].End <= dates[i - 1].End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A date that opens its clause: after at most two words ("In early"), or after a few with no name or event
    /// among them ("In Ruritania, as of early March, 2019,").
    /// </summary>
    private static bool Fronted(SentenceReading reading, DateSpan date, int clause)
    {
        var clauseStart = Enumerable.Range(0, date.Start + 1).First(t => reading.Clauses[t] == clause);
        var lead = reading.Gap(clauseStart, date.Start);
        return lead <= FrontedDateLead
            || (lead <= FrontedDateLongLead && !reading.Spans.Any(s => s.Start >= clauseStart && s.End <= date.Start && (s.Has(LabelKind.Entity) || s.Has(LabelKind.Anaphor) || s.Has(LabelKind.Trigger))));
    }

    /// <summary>
    /// The nearest triggers of other frames before and after this one: "approved ... and has been used since the
    /// 1970s" dates the use, not the approval, so a date or use is not read across another event's trigger.
    /// </summary>
    private Neighbours Barriers(SentenceReading reading, LabelledSpan trigger, List<FilledArgument> taken, Dictionary<(int Span, int Label), bool> fillable)
    {
        var previous = 0;
        var next = int.MaxValue;
        LabelledSpan? before = null;
        LabelledSpan? after = null;
        for (var s = 0; s < reading.Spans.Count; s++)
        {
            var span = reading.Spans[s];
            // A trigger word inside a use or name ("drug-induced asthma") is no other event, and neither is one
            // that is this claim's own argument ("generic ... approved"), nor one without the words its frame
            // requires ("approved for use in 1970" is no claim of use since a date).
            if (!span.Has(LabelKind.Trigger) || (span.Start < trigger.End && trigger.Start < span.End) || reading.Clauses[span.Start] != reading.Clauses[trigger.Start]
                || InsideQualifier(reading, span)
                || Overlaps(taken, span)
                || !IsOtherEvent(reading, s, trigger, fillable))
            {
                continue;
            }

            if (span.End <= trigger.Start && span.End > previous)
            {
                previous = span.End;
                before = span;
            }
            else if (span.Start >= trigger.End && span.Start < next)
            {
                next = span.Start;
                after = span;
            }
        }

        return new(previous, next, before, after);
    }

    /// <summary>True when one of the frames triggered by <paramref name="other"/> would take the qualifier words <paramref name="words"/>.</summary>
    private bool Reaches(SentenceReading reading, LabelledSpan other, string qualifier, LabelledSpan words)
    {
        foreach (var label in other.Labels)
        {
            if (label.Kind != LabelKind.Trigger)
            {
                continue;
            }

            var frame = pack.Frames[label.Index];
            if (!pack.Predicates[frame.Predicate].Qualifiers.Contains(qualifier))
            {
                continue;
            }

            var place = frame.Qualifiers.GetValueOrDefault(qualifier) ?? ArgumentPlace.Clause;
            var reach = words.End <= other.Start ? place.Before : place.After;
            if (reach > 0 && (reach == int.MaxValue || reading.Gap(words.End <= other.Start ? words.End : other.End, words.End <= other.Start ? other.Start : words.Start) <= reach))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only a list joiner, and punctuation before it, stands between the other event's words and this trigger.</summary>
    private bool JoinedToPrevious(SentenceReading reading, LabelledSpan trigger, LabelledSpan other)
    {
        var t = trigger.Start - 1;
        while (t >= other.End && JoinerAt(reading, t, trigger.Start) != trigger.Start - t)
        {
            t--;
        }

        return t >= other.End;
    }

    /// <summary>True when one of the triggers of span <paramref name="index"/> may fill its frame without this trigger's words.</summary>
    private bool IsOtherEvent(SentenceReading reading, int index, LabelledSpan trigger, Dictionary<(int Span, int Label), bool> fillable)
    {
        var span = reading.Spans[index];
        for (var l = 0; l < span.Labels.Count; l++)
        {
            var label = span.Labels[l];
            if (label.Kind != LabelKind.Trigger)
            {
                continue;
            }

            if (!fillable.TryGetValue((index, l), out var mayFill))
            {
                fillable[(index, l)] = mayFill = MayFill(pack.Frames[label.Index], reading, span);
            }

            if (mayFill && !NeedsTrigger(pack.Frames[label.Index], reading, span, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the arguments shares a token with the span; a loop, as this runs for every span of every trigger.</summary>
    private static bool Overlaps(List<FilledArgument> arguments, LabelledSpan span)
    {
        foreach (var argument in arguments)
        {
            if (argument.Start < span.End && span.Start < argument.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the span lies inside some qualifier's words.</summary>
    private static bool InsideQualifier(SentenceReading reading, LabelledSpan span)
    {
        foreach (var spans in reading.QualifierSpans.Values)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].Start <= span.Start && span.End <= spans[i].End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the other event needs this trigger as one of its required words: in "reclassified it as a
    /// Schedule III drug" the placing and the schedule are one event, and share their words.
    /// </summary>
    private static bool NeedsTrigger(Frame other, SentenceReading reading, LabelledSpan otherTrigger, LabelledSpan trigger) =>
        other.Requires.Count > 0 && other.Requires.Values.Any(place => NearestOne(reading, otherTrigger, place, (place.Lexicon, trigger), static (x, s, _) => IsLexicon(s, x.Lexicon) && s.Start < x.trigger.End && x.trigger.Start < s.End) >= 0);

    /// <summary>True when the words a frame requires, and its value's words, are there and the words that rule it out are not.</summary>
    private bool MayFill(Frame frame, SentenceReading reading, LabelledSpan trigger) =>
        (frame.Requires.Count == 0 || frame.Requires.Values.All(place => NearestLexicon(reading, trigger, place) >= 0))
        && (pack.Predicates[frame.Predicate].ValueKind != ValueKind.Enum || frame.Value is not { Fixed: null } valuePlace
            || trigger.Labels.Any(l => l.Kind == LabelKind.Value && l.Name == frame.Predicate)
            || NearestOne(reading, trigger, valuePlace, frame.Predicate, static (id, s, _) => HasLabel(s, LabelKind.Value, id)) >= 0)
        && (frame.Unless.Count == 0 || !frame.Unless.Values.Any(place => NearestLexicon(reading, trigger, place) >= 0))
        && (!frame.Date.Required || NearestDates(reading, trigger, frame.Date, new(0, int.MaxValue, null, null)).Count > 0);

    private static bool IsLexicon(LabelledSpan span, string? lexicon) => HasLabel(span, LabelKind.Lexicon, lexicon);

    /// <summary>True when the span has a label of this kind and name; a loop, as this runs for every span near every trigger.</summary>
    private static bool HasLabel(LabelledSpan span, LabelKind kind, string? name)
    {
        for (var i = 0; i < span.Labels.Count; i++)
        {
            if (span.Labels[i].Kind == kind && span.Labels[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest span of the place's lexicon (see <see cref="NearestOne"/>), or -1.</summary>
    private static int NearestLexicon(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place) =>
        NearestOne(reading, trigger, place, place.Lexicon, static (lexicon, s, _) => IsLexicon(s, lexicon));

    /// <summary>
    /// The first of <see cref="Nearest{TState}"/>, or -1, found without a list: the first accepted span after the
    /// trigger or the last before it, on the preferred side first. <paramref name="accept"/> must only read.
    /// </summary>
    private static int NearestOne<TState>(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, TState state, Func<TState, LabelledSpan, int, bool> accept)
    {
        var spans = reading.Spans;
        var clause = reading.Clauses[trigger.Start];
        var firstAfter = -1;
        var lastBefore = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (reading.Clauses[s.Start] != clause)
            {
                continue;
            }

            if (s.Start >= trigger.End)
            {
                if (firstAfter < 0 && reading.Gap(trigger.End, s.Start) < place.After && accept(state, s, i))
                {
                    firstAfter = i;
                }
            }
            else if (s.End <= trigger.Start && reading.Gap(s.End, trigger.Start) < place.Before && accept(state, s, i))
            {
                lastBefore = i;
            }
        }

        return place.PreferAfter ? (firstAfter >= 0 ? firstAfter : lastBefore) : (lastBefore >= 0 ? lastBefore : firstAfter);
    }

    /// <summary>As <see cref="Nearest{TState}"/>, with a test that needs no state of its own.</summary>
    private static List<int> Nearest(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, Func<LabelledSpan, int, bool> accept, bool sentenceWide = false, IReadOnlyList<LabelledSpan>? among = null) =>
        Nearest(reading, trigger, place, accept, static (test, s, i) => test(s, i), sentenceWide, among);

    /// <summary>
    /// Spans that pass <paramref name="accept"/>, in the clause of the trigger and within the place's reach, nearest first
    /// on the preferred side; a new list, which the caller may change, but for the empty list, which is shared. The
    /// test takes its <paramref name="state"/> as an argument, so that a static lambda makes no closure.
    /// </summary>
    private static List<int> Nearest<TState>(SentenceReading reading, LabelledSpan trigger, ArgumentPlace place, TState state, Func<TState, LabelledSpan, int, bool> accept, bool sentenceWide = false, IReadOnlyList<LabelledSpan>? among = null)
    {
        var spans = among ?? reading.Spans;
        var clause = reading.Clauses[trigger.Start];
        List<int>? after = null;
        List<int>? before = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (!sentenceWide && reading.Clauses[s.Start] != clause)
            {
                continue;
            }

            if (s.Start >= trigger.End && reading.Gap(trigger.End, s.Start) < place.After && accept(state, s, i))
            {
                (after ??= []).Add(i);
            }
            else if (s.End <= trigger.Start && reading.Gap(s.End, trigger.Start) < place.Before && accept(state, s, i))
            {
                (before ??= []).Add(i);
            }
        }

        before?.Reverse();
        var (first, second) = place.PreferAfter ? (after, before) : (before, after);
        if (second is not null)
        {
            (first ??= []).AddRange(second);
        }

        return first ?? NoIndexes;
    }
}
