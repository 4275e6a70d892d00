using Contradictions.Entities;
using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>Reads the <c>relations:</c> and <c>entities:</c> sections: the kinds of relation, then the entities that use them.</summary>
internal sealed class EntityReader(SectionContext context)
{
    public EntityCatalog Read(IReadOnlyList<PackFile> packFiles)
    {
        var relations = LayeredIds.Unique(context, packFiles, f => f.Relations, r => r.Id, "relation")
            .Select(r => new RelationKind(r.Id!, context.Required(r, r.Wording, "wording") ?? string.Empty, r.SameAttribution)).ToList();
        var dtos = LayeredIds.Unique(context, packFiles, f => f.Entities, e => e.Id, "entity");
        var ids = dtos.Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var relationIds = relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var entities = dtos.Select(dto => new Entity(dto.Id!, dto.Name ?? dto.Id!, dto.Kind ?? "entity", dto.Aliases ?? [], dto.Brands ?? [], Relations(dto, ids, relationIds))).ToList();
        return new EntityCatalog(entities, relations);
    }

    private List<EntityRelation> Relations(EntityDto dto, HashSet<string> ids, HashSet<string> relationIds)
    {
        var relations = new List<EntityRelation>();
        foreach (var relation in dto.Relations ?? [])
        {
            foreach (var (kind, target) in relation)
            {
                if (!relationIds.Contains(kind))
                {
                    context.Error(dto, "CTR201", $"entity '{dto.Id}' uses unknown relation '{kind}'", $"define it under 'relations:' or use one of: {string.Join(", ", relationIds.Order(StringComparer.Ordinal))}");
                }
                else if (!ids.Contains(target))
                {
                    context.Error(dto, "CTR203", $"entity '{dto.Id}' relates to unknown entity '{target}'", "define that entity or fix the id");
                }
                else
                {
                    relations.Add(new EntityRelation(kind, target));
                }
            }
        }

        return relations;
    }
}
