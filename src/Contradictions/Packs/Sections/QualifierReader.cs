using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>Reads the <c>qualifiers:</c> section: each qualifier's scope and its values, which may nest by parent.</summary>
internal sealed class QualifierReader(SectionContext context)
{
    public Dictionary<string, QualifierDefinition> Read(IReadOnlyList<PackFile> packFiles)
    {
        var result = new Dictionary<string, QualifierDefinition>(StringComparer.Ordinal);
        foreach (var dto in LayeredIds.Unique(context, packFiles, f => f.Qualifiers, q => q.Id, "qualifier"))
        {
            QualifierScope? scope = dto.Scope switch
            {
                null or "match" => QualifierScope.Match,
                "sentence" => QualifierScope.Sentence,
                "clause" => QualifierScope.Clause,
                _ => null,
            };
            if (scope is null)
            {
                context.Error(dto, "CTR102", $"qualifier '{dto.Id}' has unknown scope '{dto.Scope}'", "use 'match' (only words a pattern's slot matched), 'clause' (the clause of the match) or 'sentence' (anywhere in the sentence)");
                continue;
            }

            result[dto.Id!] = new QualifierDefinition(dto.Id!, scope.Value, Values(dto));
        }

        return result;
    }

    private List<QualifierValue> Values(QualifierDto dto)
    {
        var values = new List<QualifierValue>();
        var parents = (dto.Values ?? []).Where(v => v.Id is not null).DistinctBy(v => v.Id).ToDictionary(v => v.Id!, v => v.Parent, StringComparer.Ordinal);
        foreach (var value in dto.Values ?? [])
        {
            context.SetFile(value, context.FileOf(dto));
            if (context.Required(value, value.Id, "id") is not { } id)
            {
                continue;
            }

            if (values.Exists(v => v.Id == id))
            {
                context.Error(value, "CTR200", $"qualifier '{dto.Id}' has value '{id}' twice", "remove or rename one of them");
                continue;
            }

            if (value.Parent is not null && !parents.ContainsKey(value.Parent))
            {
                context.Error(value, "CTR204", $"qualifier value '{id}' has unknown parent '{value.Parent}'", $"use one of the values of '{dto.Id}'");
            }
            else if (Ancestry(id, parents) is { } cycle)
            {
                context.Error(value, "CTR204", $"qualifier value '{id}' is its own ancestor ({cycle})", "a parent must be a broader value; break the circle");
            }

            values.Add(new QualifierValue(id, value.Label ?? id.Replace('-', ' '), value.Words ?? [], value.Parent));
        }

        return values;
    }

    /// <summary>The chain of parents from <paramref name="id"/> back to itself, when there is one.</summary>
    private static string? Ancestry(string id, Dictionary<string, string?> parents)
    {
        var chain = new List<string> { id };
        for (var current = parents.GetValueOrDefault(id); current is not null && chain.Count <= parents.Count; current = parents.GetValueOrDefault(current))
        {
            chain.Add(current);
            if (current == id)
            {
                return string.Join(" \u2192 ", chain);
            }
        }

        return null;
    }
}
