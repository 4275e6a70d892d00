using Contradictions.Packs.Yaml;
using Contradictions.Rules;

namespace Contradictions.Packs.Sections;

/// <summary>
/// Reads the conflict rules: one file each under a <c>conflicts/</c> folder, the id taken from the file's name, the
/// kind from the closed list in <see cref="RuleKinds"/>.
/// </summary>
internal sealed class RuleReader(SectionContext context, Dictionary<string, PredicateDefinition> predicates, Dictionary<string, QualifierDefinition> qualifiers)
{
    public List<ConflictRule> Read(IReadOnlyList<(string Path, RuleDto Dto)> ruleFiles)
    {
        var result = new List<ConflictRule>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, dto) in ruleFiles)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (ids.TryGetValue(id, out var earlierLayer) && earlierLayer == context.LayerOfFile(path))
            {
                context.Error(dto, "CTR200", $"duplicate rule id '{id}'", "rule ids come from file names; rename one file", path);
                continue;
            }

            ids[id] = context.LayerOfFile(path);
            result.RemoveAll(r => r.Id == id);
            if (Rule(id, dto) is { } rule)
            {
                result.Add(rule);
            }
        }

        return result;
    }

    private ConflictRule? Rule(string id, RuleDto dto)
    {
        if (context.Required(dto, dto.Kind, "kind") is not { } kind || context.Required(dto, dto.Predicate, "predicate") is not { } predicateId)
        {
            return null;
        }

        if (!RuleKinds.All.Contains(kind))
        {
            context.Error(dto, "CTR201", $"unknown kind '{kind}'", $"expected one of: {string.Join(", ", RuleKinds.All)}");
            return null;
        }

        if (!predicates.TryGetValue(predicateId, out var predicate))
        {
            context.Error(dto, "CTR202", $"rule '{id}' names unknown predicate '{predicateId}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        Severity? severity = dto.Severity switch
        {
            null or "warning" => Severity.Warning,
            "error" => Severity.Error,
            "info" => Severity.Info,
            _ => null,
        };
        if (severity is null)
        {
            context.Error(dto, "CTR102", $"unknown severity '{dto.Severity}'", "use error, warning or info");
            return null;
        }

        var compare = dto.Compare ?? (predicate.ValueKind == ValueKind.None ? "date" : predicate.ValueKind == ValueKind.Entity ? "object" : "value");
        if (compare is not ("value" or "date" or "object" or "factor") && !qualifiers.ContainsKey(compare))
        {
            context.Error(dto, "CTR204", $"rule '{id}' compares unknown '{compare}'", "use value, date, object, factor or a qualifier id");
            return null;
        }

        if (dto.IdentifyBy is { Count: > 0 } && kind != RuleKinds.Attribution)
        {
            context.Error(dto, "CTR102", $"rule '{id}' has identify-by, which only attribution rules read", "remove 'identify-by', or make the rule 'kind: attribution'");
            return null;
        }

        foreach (var q in (dto.MatchQualifiers ?? []).Concat(dto.SameQualifiers ?? []).Concat(dto.ScopeQualifiers ?? []).Concat(dto.IdentifyBy ?? []).Where(q => !qualifiers.ContainsKey(q)))
        {
            context.Error(dto, "CTR204", $"rule '{id}' names unknown qualifier '{q}'", $"use one of: {string.Join(", ", qualifiers.Keys.Order(StringComparer.Ordinal))}");
        }

        if (kind == RuleKinds.Order && !ValidOrder(id, dto, predicate))
        {
            return null;
        }

        if (dto.ToleranceYears is < 0 or > 100)
        {
            context.Error(dto, "CTR102", $"rule '{id}' has tolerance-years {dto.ToleranceYears}", "use a whole number of years from 0 to 100");
            return null;
        }

        return RuleKinds.Create(new RuleSettings(
            id,
            kind,
            predicateId,
            severity.Value,
            dto.Message,
            compare,
            dto.MatchQualifiers ?? [],
            dto.SameQualifiers ?? [],
            dto.ScopeQualifiers ?? [],
            dto.Description ?? string.Empty,
            dto.Precedes,
            dto.ToleranceYears ?? 0)
        {
            IdentifyBy = dto.IdentifyBy ?? [],
        });
    }

    /// <summary>An order rule names, under <c>precedes</c>, another dated predicate: the event that comes second.</summary>
    private bool ValidOrder(string id, RuleDto dto, PredicateDefinition predicate)
    {
        if (context.Required(dto, dto.Precedes, "precedes") is not { } laterId)
        {
            return false;
        }

        if (!predicates.TryGetValue(laterId, out var later))
        {
            context.Error(dto, "CTR202", $"rule '{id}' names unknown predicate '{laterId}' under precedes", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
            return false;
        }

        if (!predicate.Dated || !later.Dated || laterId == predicate.Id)
        {
            context.Error(dto, "CTR102", $"rule '{id}' orders '{predicate.Id}' before '{laterId}'", "an order rule needs two different predicates whose statements have a {date}");
            return false;
        }

        return true;
    }
}
