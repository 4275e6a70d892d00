namespace Contradictions.Packs.Sections;

/// <summary>Reads the <c>predicates:</c> section: what a claim says, the kind of value it takes and its qualifiers.</summary>
internal sealed class PredicateReader(SectionContext context, Dictionary<string, QualifierDefinition> qualifiers)
{
    public Dictionary<string, PredicateDefinition> Read(IReadOnlyList<PackFile> packFiles)
    {
        var result = new Dictionary<string, PredicateDefinition>(StringComparer.Ordinal);
        foreach (var dto in LayeredIds.Unique(context, packFiles, f => f.Predicates, p => p.Id, "predicate"))
        {
            ValueKind? kind = dto.Value switch
            {
                null or "none" => ValueKind.None,
                "enum" => ValueKind.Enum,
                "roman-numeral" => ValueKind.RomanNumeral,
                "entity" => ValueKind.Entity,
                _ => null,
            };
            if (kind is null)
            {
                context.Error(dto, "CTR102", $"predicate '{dto.Id}' has unknown value kind '{dto.Value}'", "use none, enum, roman-numeral or entity");
                continue;
            }

            if (kind == ValueKind.Enum && (dto.Values is null || dto.Values.Count == 0))
            {
                context.Error(dto, "CTR101", $"enum predicate '{dto.Id}' lists no values", "add 'values:' mapping each value to the words that say it");
            }

            foreach (var q in (dto.Qualifiers ?? []).Where(q => !qualifiers.ContainsKey(q)))
            {
                context.Error(dto, "CTR204", $"predicate '{dto.Id}' names unknown qualifier '{q}'", $"define it under 'qualifiers:' or use one of: {string.Join(", ", qualifiers.Keys.Order(StringComparer.Ordinal))}");
            }

            var statement = context.Required(dto, dto.Statement, "statement") ?? string.Empty;
            result[dto.Id!] = new PredicateDefinition(
                dto.Id!,
                dto.Topic ?? dto.Id!.Replace('-', ' '),
                kind.Value,
                (dto.Values ?? []).ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value, StringComparer.Ordinal),
                dto.Qualifiers ?? [],
                dto.Object || kind == ValueKind.Entity,
                dto.Symmetric,
                statement,
                dto.NegatedStatement ?? "not: " + statement)
            {
                Inverse = dto.Inverse ?? [],
                ChangesOverTime = dto.ChangesOverTime,
            };
            foreach (var (from, to) in dto.Inverse ?? [])
            {
                if (kind != ValueKind.Enum || dto.Values?.ContainsKey(from) != true || dto.Values?.ContainsKey(to) != true)
                {
                    context.Error(dto, "CTR204", $"predicate '{dto.Id}' has an inverse '{from}: {to}' that names no value of it", "map each enum value id to the value id that says the same with subject and object swapped");
                }
            }
        }

        return result;
    }
}
