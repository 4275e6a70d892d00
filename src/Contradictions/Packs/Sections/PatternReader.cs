using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>
/// Reads the <c>patterns:</c> sections: claim patterns, each a sentence pattern (<c>match</c>) or a list's header and
/// item, compiled to regular expressions against the entities and qualifiers already read.
/// </summary>
internal sealed class PatternReader(
    SectionContext context,
    Dictionary<string, PredicateDefinition> predicates,
    Dictionary<string, QualifierDefinition> qualifiers,
    PatternCompiler compiler)
{
    public List<ClaimPattern> Read(IReadOnlyList<PackFile> packFiles) =>
        LayeredIds.WithPredicates<PatternDto, ClaimPattern>(context, packFiles, predicates, "pattern", f => f.Patterns, p => (p.Id, p.Predicate), p => p.Id, Pattern);

    private ClaimPattern? Pattern(PatternDto dto, string id, PredicateDefinition predicate, string path)
    {
        if ((dto.Match is null) == (dto.ListHeader is null) || (dto.ListHeader is null) != (dto.Item is null))
        {
            context.Error(dto, "CTR101", $"pattern '{id}' needs either 'match' or both 'list-header' and 'item'", "write the sentence pattern under 'match:', or a header and an item pattern for bulleted lists");
            return null;
        }

        if (!(dto.Match ?? dto.ListHeader!).Contains("{subject}", StringComparison.Ordinal))
        {
            context.Error(dto, "CTR205", $"pattern '{id}' has no {{subject}} slot", "every claim needs a subject: put {subject} where the entity is named (in the list-header for list patterns)");
            return null;
        }

        var main = Compile(dto, dto.Match ?? dto.ListHeader!, predicate);
        var item = dto.Item is null ? null : Compile(dto, dto.Item, predicate);
        var fixedQualifiers = new List<(string, string)>();
        foreach (var (name, value) in dto.Qualifiers ?? [])
        {
            if (!qualifiers.TryGetValue(name, out var q) || !q.Contains(value))
            {
                context.Error(dto, "CTR204", $"pattern '{id}' sets unknown qualifier value {name}: {value}", "use a qualifier and value defined under 'qualifiers:'");
                continue;
            }

            fixedQualifiers.Add((name, value));
        }

        var polarity = context.ParseEnum<Polarity>(dto, dto.Polarity, "polarity", "affirmed, negated");
        var modality = context.ParseEnum<Modality>(dto, dto.Modality, "modality", "states, can, may");
        if (dto.Value is not null && predicate.ValueKind == ValueKind.Enum && !predicate.Values.ContainsKey(dto.Value))
        {
            context.Error(dto, "CTR204", $"pattern '{id}' sets unknown value '{dto.Value}' for '{predicate.Id}'", $"use one of: {string.Join(", ", predicate.Values.Keys)}");
        }

        return main is not null && (dto.Item is null || item is not null)
            ? new ClaimPattern(id, predicate.Id, main, item, polarity, modality, dto.Value, fixedQualifiers, path)
            : null;
    }

    private Regex? Compile(PatternDto dto, string text, PredicateDefinition predicate)
    {
        var (regex, error) = compiler.Compile(text, predicate, out var catastrophic);
        if (catastrophic)
        {
            context.Error(dto, "CTR206", $"pattern '{dto.Id}': {error}", "repeat a character class instead ([\\w-]+ rather than (\\w|-)+), or bound the outer repetition ({0,3})");
        }
        else if (error is not null)
        {
            context.Error(dto, "CTR205", $"pattern '{dto.Id}': {error}", "fix the pattern; see the slot list in rules/README.md");
        }

        return regex;
    }
}
