using Contradictions.Claims;
using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Frames;
using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>
/// Reads the <c>frames:</c> sections: claim frames, each a trigger and where its subject, object, value, date and
/// qualifiers stand around it, checked against the lexicons, predicates, qualifiers and entities already read.
/// </summary>
internal sealed class FrameReader(
    SectionContext context,
    Dictionary<string, PredicateDefinition> predicates,
    Dictionary<string, QualifierDefinition> qualifiers,
    EntityCatalog entities,
    Dictionary<string, IReadOnlyList<string>> lexicons,
    IEnumerable<string> anaphorKinds)
{
    /// <summary>The trigger that stands for the predicate's value words: the value is the trigger itself.</summary>
    private const string ValuesTrigger = "@values";

    /// <summary>The cue kinds a frame may ignore (<c>ignore-cues</c>): not a pseudo-negation, which only hides a cue, nor the words against a recommendation, which a frame that ignores recommendations reads as a denial.</summary>
    private static readonly CueKind[] IgnorableCues = [CueKind.Negation, CueKind.Hedge, CueKind.Capability, CueKind.Hypothetical, CueKind.Until, CueKind.Past, CueKind.Later, CueKind.Recommendation];

    public List<Frame> Read(IReadOnlyList<PackFile> packFiles) =>
        LayeredIds.WithPredicates<FrameDto, Frame>(context, packFiles, predicates, "frame", f => f.Frames, f => (f.Id, f.Predicate), f => f.Id, ReadFrame);

    /// <summary>The frame, or null when any of its problems (all reported) leaves it unreadable.</summary>
    private Frame? ReadFrame(FrameDto dto, string id, PredicateDefinition predicate, string path)
    {
        var problems = new FrameProblems(context, dto, id);

        // An argument's own problems (an unknown 'prefer') are placed in the frame's file.
        foreach (var place in new[] { dto.Subject, dto.Object, dto.Value, dto.Date, dto.Factor }.Concat((dto.Requires ?? []).Values).Concat((dto.Unless ?? []).Values).Concat((dto.Qualifiers ?? []).Values).OfType<PlaceDto>())
        {
            context.SetFile(place, path);
        }

        var triggers = Triggers(dto, predicate, problems);
        var onValues = dto.Trigger?.Contains(ValuesTrigger) == true;
        var requires = WordPlaces(dto.Requires, "requires", problems);
        var unless = WordPlaces(dto.Unless, "unless", problems);
        var frameQualifiers = Qualifiers(dto, predicate, problems);
        Arguments(dto, predicate, problems, onValues);
        var ignored = IgnoredCues(dto, problems);
        var polarity = context.ParseEnum<Polarity>(dto, dto.Polarity, "polarity", "affirmed, negated");
        var modality = context.ParseEnum<Modality>(dto, dto.Modality, "modality", "states, can, may");
        if (problems.Any)
        {
            return null;
        }

        return new Frame(
            id,
            predicate.Id,
            triggers,
            dto.Subject is null ? Frame.DefaultSubject : Place(dto.Subject, preferAfter: false),
            dto.Object is null ? null : Place(dto.Object, preferAfter: true),
            dto.Value is null ? (onValues ? ArgumentPlace.Trigger : null) : Place(dto.Value, preferAfter: true),
            requires,
            unless,
            dto.Date is null ? Frame.DefaultDate : Place(dto.Date, preferAfter: true),
            frameQualifiers,
            polarity,
            modality,
            path)
        {
            IgnoredCues = ignored,
            Factor = dto.Factor is null ? null : Place(dto.Factor, preferAfter: false),
        };
    }

    /// <summary>The trigger's words, with <c>@values</c> spelled out as the predicate's value words ("the same drug", "different drugs").</summary>
    private List<string> Triggers(FrameDto dto, PredicateDefinition predicate, FrameProblems problems)
    {
        if (dto.Trigger is not { Count: > 0 })
        {
            problems.Add("has no trigger", "list the words that signal the event under 'trigger:', or '@name' for a lexicon");
        }

        var triggers = new List<string>();
        foreach (var word in dto.Trigger ?? [])
        {
            if (word == ValuesTrigger)
            {
                if (predicate.ValueKind != ValueKind.Enum)
                {
                    problems.Add($"trigger '{ValuesTrigger}' needs a predicate with enum values, and '{predicate.Id}' has none", "list the trigger words, or give the predicate 'values:'");
                }

                triggers.AddRange(predicate.Values.Values.SelectMany(words => words));
            }
            else if (word.StartsWith('@') && !lexicons.ContainsKey(word[1..]))
            {
                problems.Add($"trigger names unknown lexicon '{word}'", $"define it under 'lexicons:' ('{ValuesTrigger}' is the predicate's value words); known: {string.Join(", ", lexicons.Keys.Order(StringComparer.Ordinal))}");
            }
            else
            {
                triggers.Add(word);
            }
        }

        return triggers;
    }

    /// <summary>The places of a lexicon's words that the frame requires, or that stop it (<paramref name="key"/>).</summary>
    private Dictionary<string, ArgumentPlace> WordPlaces(Dictionary<string, PlaceDto>? section, string key, FrameProblems problems)
    {
        var places = new Dictionary<string, ArgumentPlace>(StringComparer.Ordinal);
        foreach (var (name, place) in section ?? [])
        {
            if (place.Lexicon is null || !lexicons.ContainsKey(place.Lexicon))
            {
                problems.Add($"'{key}: {name}' names no known lexicon", "give it 'lexicon: NAME', a lexicon defined under 'lexicons:'");
                continue;
            }

            places[name] = Place(place, preferAfter: true);
        }

        return places;
    }

    private Dictionary<string, ArgumentPlace> Qualifiers(FrameDto dto, PredicateDefinition predicate, FrameProblems problems)
    {
        var places = new Dictionary<string, ArgumentPlace>(StringComparer.Ordinal);
        foreach (var (name, place) in dto.Qualifiers ?? [])
        {
            if (!predicate.Qualifiers.Contains(name) || !qualifiers.TryGetValue(name, out var definition))
            {
                problems.Add($"qualifier '{name}' is not one of predicate '{predicate.Id}''s", $"use one of: {string.Join(", ", predicate.Qualifiers)}");
                continue;
            }

            if (place.Is is { } fixedValue && !definition.Contains(fixedValue))
            {
                problems.Add($"sets unknown value {name}: {fixedValue}", "use a value defined under 'qualifiers:'");
                continue;
            }

            places[name] = Place(place, preferAfter: true);
        }

        return places;
    }

    /// <summary>The value, subject and object the frame gives must be ones the predicate and the entities know.</summary>
    private void Arguments(FrameDto dto, PredicateDefinition predicate, FrameProblems problems, bool onValues)
    {
        if (dto.Value?.Is is { } value && predicate.ValueKind == ValueKind.Enum && !predicate.Values.ContainsKey(value))
        {
            problems.Add($"sets unknown value '{value}' for '{predicate.Id}'", $"use one of: {string.Join(", ", predicate.Values.Keys)}");
        }

        // A kind the language's anaphors name ("the product") is no typo, though a pack without products has none of it:
        // a shared layer's frame may ask for it.
        var knownKinds = entities.All.Select(e => e.Kind).Concat(anaphorKinds).ToHashSet(StringComparer.Ordinal);
        var kinds = (dto.Subject?.Kinds ?? []).Select(k => (Argument: "subject", Kind: k)).Concat((dto.Object?.Kinds ?? []).Select(k => (Argument: "object", Kind: k)));
        foreach (var (argument, kind) in kinds.Where(a => !knownKinds.Contains(a.Kind)))
        {
            problems.Add($"{argument} kind '{kind}' is no entity's kind", $"use one of: {string.Join(", ", knownKinds.Order(StringComparer.Ordinal))}");
        }

        var others = new[] { dto.Object, dto.Value, dto.Date, dto.Factor }.Concat((dto.Requires ?? []).Values).Concat((dto.Unless ?? []).Values).Concat((dto.Qualifiers ?? []).Values);
        if (others.Any(place => place is { ParagraphTopic: true }))
        {
            problems.Add("paragraph-topic is set on an argument other than the subject", "set 'paragraph-topic: true' under 'subject' only");
        }

        if (others.Append(dto.Subject).Any(place => place is { Any: true } && place != dto.Value))
        {
            problems.Add("any is set on an argument other than the value", "set 'any: true' under 'value' only");
        }

        if (dto.Value is { Any: true } anyValue && (anyValue.Is is not null || anyValue.Before is not null || anyValue.After is not null || predicate.ValueKind is not (ValueKind.Enum or ValueKind.RomanNumeral)))
        {
            problems.Add("value 'any: true' is set with a place, a fixed value or on a predicate without values", "write 'value: {any: true}' alone, on a predicate with enum or roman-numeral values");
        }

        if (dto.Object?.Is is { } fixedObject && !entities.Contains(fixedObject))
        {
            problems.Add($"sets unknown object entity '{fixedObject}'", "use an entity id defined under 'entities:'");
        }

        if ((predicate.HasObject || predicate.ValueKind == ValueKind.Entity) && dto.Object is null)
        {
            problems.Add($"predicate '{predicate.Id}' relates two entities, and the frame has no 'object'", "say where the object stands: 'object: {after: 6}'");
        }

        if (predicate.ValueKind is ValueKind.Enum or ValueKind.RomanNumeral && dto.Value is null && !onValues)
        {
            problems.Add($"predicate '{predicate.Id}' has values, and the frame has no 'value'", "say where the value words stand ('value: {after: 4}'), or fix one ('value: {is: ID}')");
        }
    }

    private static List<CueKind> IgnoredCues(FrameDto dto, FrameProblems problems)
    {
        var ignored = new List<CueKind>();
        foreach (var kind in dto.IgnoreCues ?? [])
        {
            var known = Array.FindIndex(IgnorableCues, k => CueKindNames.Of(k) == kind);
            if (known >= 0)
            {
                ignored.Add(IgnorableCues[known]);
            }
            else
            {
                problems.Add($"ignore-cues names unknown cue kind '{kind}'", $"use {string.Join(", ", IgnorableCues[..^1].Select(CueKindNames.Of))} or {CueKindNames.Of(IgnorableCues[^1])}");
            }
        }

        return ignored;
    }

    /// <summary>Only 'before' reaches only before, only 'after' only after; neither reaches the whole clause.</summary>
    private ArgumentPlace Place(PlaceDto dto, bool preferAfter)
    {
        if (dto.Prefer is not (null or "before" or "after"))
        {
            context.Error(dto, "CTR102", $"unknown prefer '{dto.Prefer}'", "use before or after");
        }

        var (before, after) = (dto.Before, dto.After) switch
        {
            (null, null) => (int.MaxValue, int.MaxValue),
            (null, { } a) => (0, a),
            ({ } b, null) => (b, 0),
            ({ } b, { } a) => (b, a),
        };
        return new ArgumentPlace(before, after, dto.Prefer is null ? preferAfter : dto.Prefer == "after", dto.Lexicon, dto.Is, dto.SameEntity, dto.Required, dto.Kinds, dto.ParagraphTopic, dto.Any);
    }

    /// <summary>One frame's CTR207 problems: all are reported, and any one leaves the frame out.</summary>
    private sealed class FrameProblems(SectionContext context, FrameDto dto, string id)
    {
        public bool Any { get; private set; }

        public void Add(string message, string hint)
        {
            context.Error(dto, "CTR207", $"frame '{id}': {message}", hint);
            Any = true;
        }
    }
}
