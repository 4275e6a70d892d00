using Contradictions.Claims;
using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Frames;
using Contradictions.Packs.Yaml;
using Contradictions.Text.Tokens;

namespace Contradictions.Packs;

/// <summary>The readers of the sections that frames use: lexicons and frames, and the language's cues and base forms.</summary>
public static partial class RulePackLoader
{
    private sealed partial class Loading
    {
        /// <summary>How far a cue reaches, in tokens, when the language does not say.</summary>
        private const int DefaultCueReach = 6;

        private (Dictionary<string, IReadOnlyList<string>> Lexicons, Dictionary<string, IReadOnlyList<string>> LexiconAnaphors, List<Frame> Frames) BuildFrames(
            List<(string Path, PackFileDto Dto)> packFiles,
            Dictionary<string, PredicateDefinition> predicates,
            Dictionary<string, QualifierDefinition> qualifiers,
            EntityCatalog entities)
        {
            var lexicons = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var lexiconLayers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, file) in packFiles)
            {
                fileOf[file] = path;
                foreach (var (id, words) in file.Lexicons ?? [])
                {
                    // As with every other id, a later layer's lexicon replaces an earlier one; within a layer it is a duplicate.
                    if (lexiconLayers.TryGetValue(id, out var earlierLayer) && earlierLayer == Layer(file))
                    {
                        Error(file, "CTR200", $"duplicate lexicon id '{id}'", "lexicon ids are shared by the whole pack; rename one, or add the words to the first");
                    }

                    lexicons[id] = words;
                    lexiconLayers[id] = Layer(file);
                }
            }

            var lexiconAnaphors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (_, file) in packFiles)
            {
                foreach (var (id, words) in file.LexiconAnaphors ?? [])
                {
                    if (!lexicons.ContainsKey(id))
                    {
                        Error(file, "CTR207", $"lexicon-anaphors name unknown lexicon '{id}'", $"name a lexicon defined under 'lexicons:'; known: {string.Join(", ", lexicons.Keys.Order(StringComparer.Ordinal))}");
                        continue;
                    }

                    lexiconAnaphors[id] = words;
                }
            }

            var frames = new List<Frame>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, file) in packFiles)
            {
                foreach (var dto in file.Frames ?? [])
                {
                    if (IdAndPredicate(dto, path, dto.Id, dto.Predicate ?? file.Predicate, ids, predicates, "frame", id => frames.RemoveAll(f => f.Id == id)) is not var (id, predicate))
                    {
                        continue;
                    }

                    if (BuildFrame(dto, id, predicate, lexicons, qualifiers, entities, path) is { } frame)
                    {
                        frames.Add(frame);
                    }
                }
            }

            return (lexicons, lexiconAnaphors, frames);
        }

        private Frame? BuildFrame(FrameDto dto, string id, PredicateDefinition predicate, Dictionary<string, IReadOnlyList<string>> lexicons, Dictionary<string, QualifierDefinition> qualifiers, EntityCatalog entities, string path)
        {
            var ok = true;
            void Fail(string message, string hint)
            {
                Error(dto, "CTR207", $"frame '{id}': {message}", hint);
                ok = false;
            }

            if (dto.Trigger is not { Count: > 0 })
            {
                Fail("has no trigger", "list the words that signal the event under 'trigger:', or '@name' for a lexicon");
            }

            foreach (var word in dto.Trigger ?? [])
            {
                if (word.StartsWith('@') && !lexicons.ContainsKey(word[1..]))
                {
                    Fail($"trigger names unknown lexicon '{word}'", $"define it under 'lexicons:'; known: {string.Join(", ", lexicons.Keys.Order(StringComparer.Ordinal))}");
                }
            }

            Dictionary<string, ArgumentPlace> Words(Dictionary<string, PlaceDto>? section, string key)
            {
                var places = new Dictionary<string, ArgumentPlace>(StringComparer.Ordinal);
                foreach (var (name, place) in section ?? [])
                {
                    if (place.Lexicon is null || !lexicons.ContainsKey(place.Lexicon))
                    {
                        Fail($"'{key}: {name}' names no known lexicon", "give it 'lexicon: NAME', a lexicon defined under 'lexicons:'");
                        continue;
                    }

                    places[name] = Place(place, preferAfter: true);
                }

                return places;
            }

            var requires = Words(dto.Requires, "requires");
            var unless = Words(dto.Unless, "unless");

            var frameQualifiers = new Dictionary<string, ArgumentPlace>(StringComparer.Ordinal);
            foreach (var (name, place) in dto.Qualifiers ?? [])
            {
                if (!predicate.Qualifiers.Contains(name) || !qualifiers.TryGetValue(name, out var definition))
                {
                    Fail($"qualifier '{name}' is not one of predicate '{predicate.Id}''s", $"use one of: {string.Join(", ", predicate.Qualifiers)}");
                    continue;
                }

                if (place.Is is { } fixedValue && !definition.Contains(fixedValue))
                {
                    Fail($"sets unknown value {name}: {fixedValue}", "use a value defined under 'qualifiers:'");
                    continue;
                }

                frameQualifiers[name] = Place(place, preferAfter: true);
            }

            if (dto.Value?.Is is { } value && predicate.ValueKind == ValueKind.Enum && !predicate.Values.ContainsKey(value))
            {
                Fail($"sets unknown value '{value}' for '{predicate.Id}'", $"use one of: {string.Join(", ", predicate.Values.Keys)}");
            }

            var knownKinds = entities.All.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
            foreach (var kind in (dto.Subject?.Kinds ?? []).Where(k => !knownKinds.Contains(k)))
            {
                Fail($"subject kind '{kind}' is no entity's kind", $"use one of: {string.Join(", ", knownKinds.Order(StringComparer.Ordinal))}");
            }

            if (dto.Object?.Is is { } fixedObject && !entities.Contains(fixedObject))
            {
                Fail($"sets unknown object entity '{fixedObject}'", "use an entity id defined under 'entities:'");
            }

            if ((predicate.HasObject || predicate.ValueKind == ValueKind.Entity) && dto.Object is null)
            {
                Fail($"predicate '{predicate.Id}' relates two entities, and the frame has no 'object'", "say where the object stands: 'object: {after: 6}'");
            }

            if (predicate.ValueKind is ValueKind.Enum or ValueKind.RomanNumeral && dto.Value is null)
            {
                Fail($"predicate '{predicate.Id}' has values, and the frame has no 'value'", "say where the value words stand ('value: {after: 4}'), or fix one ('value: {is: ID}')");
            }

            var ignored = new List<CueKind>();
            foreach (var kind in dto.IgnoreCues ?? [])
            {
                if (kind switch { "negation" => CueKind.Negation, "hedge" => CueKind.Hedge, "capability" => CueKind.Capability, "hypothetical" => CueKind.Hypothetical, _ => (CueKind?)null } is { } cueKind)
                {
                    ignored.Add(cueKind);
                }
                else
                {
                    Fail($"ignore-cues names unknown cue kind '{kind}'", "use negation, hedge, capability or hypothetical");
                }
            }

            var polarity = ParseEnum<Polarity>(dto, dto.Polarity, "polarity", "affirmed, negated");
            var modality = ParseEnum<Modality>(dto, dto.Modality, "modality", "states, can, may");
            if (!ok)
            {
                return null;
            }

            return new Frame(
                id,
                predicate.Id,
                dto.Trigger!,
                dto.Subject is null ? Frame.DefaultSubject : Place(dto.Subject, preferAfter: false),
                dto.Object is null ? null : Place(dto.Object, preferAfter: true),
                dto.Value is null ? null : Place(dto.Value, preferAfter: true),
                requires,
                unless,
                dto.Date is null ? Frame.DefaultDate : Place(dto.Date, preferAfter: true),
                frameQualifiers,
                polarity,
                modality,
                path)
            {
                IgnoredCues = ignored,
            };
        }

        /// <summary>Only 'before' reaches only before, only 'after' only after; neither reaches the whole clause.</summary>
        private ArgumentPlace Place(PlaceDto dto, bool preferAfter)
        {
            if (dto.Prefer is not (null or "before" or "after"))
            {
                Error(dto, "CTR102", $"unknown prefer '{dto.Prefer}'", "use before or after");
            }

            var (before, after) = (dto.Before, dto.After) switch
            {
                (null, null) => (int.MaxValue, int.MaxValue),
                (null, { } a) => (0, a),
                ({ } b, null) => (b, 0),
                ({ } b, { } a) => (b, a),
            };
            return new ArgumentPlace(before, after, dto.Prefer is null ? preferAfter : dto.Prefer == "after", dto.Lexicon, dto.Is, dto.SameEntity, dto.Required, dto.Kinds);
        }

        private static List<Cue> BuildCues(LanguageDto dto)
        {
            var reach = dto.Cues?.Reach ?? DefaultCueReach;
            var cues = new List<Cue>();
            void Add(IEnumerable<string>? words, CueKind kind, CueDirection direction, int? ownReach)
            {
                cues.AddRange((words ?? []).Select(w => new Cue(w, kind, direction, ownReach ?? reach)));
            }

            // Without a cues section, the patterns' words (negation, not-negation, modality) are forward cues.
            if (dto.Cues is null)
            {
                Add(dto.Negation, CueKind.Negation, CueDirection.Forward, null);
                Add(dto.NotNegation, CueKind.PseudoNegation, CueDirection.Forward, null);
                Add(dto.Modality?.May, CueKind.Hedge, CueDirection.Forward, null);
                Add(dto.Modality?.Can, CueKind.Capability, CueDirection.Forward, null);
            }
            foreach (var (words, kind) in new[] { (dto.Cues?.Negation, CueKind.Negation), (dto.Cues?.Hedge, CueKind.Hedge), (dto.Cues?.Capability, CueKind.Capability), (dto.Cues?.Hypothetical, CueKind.Hypothetical) })
            {
                Add(words?.Forward, kind, CueDirection.Forward, words?.Reach);
                Add(words?.Backward, kind, CueDirection.Backward, words?.Reach);
            }

            Add(dto.Cues?.PseudoNegation, CueKind.PseudoNegation, CueDirection.Forward, null);
            return cues;
        }

        private BaseForms BuildBaseForms(LanguageDto dto)
        {
            if (dto.BaseForms is not { } forms)
            {
                return BaseForms.None;
            }

            var rules = new List<SuffixRule>();
            foreach (var rule in forms.Suffixes ?? [])
            {
                // "ies>y": the suffix, and what replaces it; a bare suffix is dropped.
                var parts = rule.Split('>');
                if (parts.Length > 2 || parts[0].Length == 0)
                {
                    Error(forms, "CTR102", $"base-forms suffix '{rule}' is not SUFFIX or SUFFIX>REPLACEMENT", "write 'ing' to drop an ending, or 'ies>y' to replace it");
                    continue;
                }

                rules.Add(new SuffixRule(parts[0].ToLowerInvariant(), parts.Length == 2 ? parts[1].ToLowerInvariant() : string.Empty));
            }

            return new BaseForms(
                rules,
                (forms.Exceptions ?? []).ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value.ToLowerInvariant(), StringComparer.Ordinal),
                (forms.KeepEndings ?? []).Select(e => e.ToLowerInvariant()).ToList());
        }
    }
}
