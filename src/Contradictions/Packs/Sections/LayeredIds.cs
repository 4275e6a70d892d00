using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>
/// How ids behave across layers, for every section: within one layer an id is unique, and an item of a later layer
/// replaces the earlier one with its id (like styles in Vale).
/// </summary>
internal static class LayeredIds
{
    /// <summary>Items of one section across all files; a duplicate id is an error at its second place.</summary>
    public static List<T> Unique<T>(SectionContext context, IReadOnlyList<PackFile> packFiles, Func<PackFileDto, List<T>?> section, Func<T, string?> id, string what)
        where T : class
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var file in packFiles)
        {
            foreach (var item in section(file.Dto) ?? [])
            {
                context.SetFile(item, file.Path);
                var key = context.Required(item, id(item), "id");
                if (key is null)
                {
                    continue;
                }

                if (seen.TryGetValue(key, out var earlier) && context.Layer(earlier) == context.Layer(item))
                {
                    var first = context.MarkOf(earlier);
                    context.Error(item, "CTR200", $"duplicate {what} id '{key}'", $"it is already defined at {context.FileOf(earlier)}:{first.Line}; rename one of them");
                }
                else
                {
                    // A later pack overrides an earlier one; within one pack a duplicate is an error.
                    seen.Remove(key);
                    seen[key] = item;
                }
            }
        }

        return seen.Values.ToList();
    }

    /// <summary>
    /// Items of a section whose items each name an id and a predicate (patterns, frames), in file order: the file's
    /// <c>predicate:</c> stands for a predicate an item leaves out, and <paramref name="read"/> builds an item once its
    /// id and predicate are known (null when it cannot be read).
    /// </summary>
    public static List<TItem> WithPredicates<TDto, TItem>(
        SectionContext context,
        IReadOnlyList<PackFile> packFiles,
        Dictionary<string, PredicateDefinition> predicates,
        string what,
        Func<PackFileDto, List<TDto>?> section,
        Func<TDto, (string? Id, string? Predicate)> keys,
        Func<TItem, string> idOf,
        Func<TDto, string, PredicateDefinition, string, TItem?> read)
        where TDto : class
        where TItem : class
    {
        var result = new List<TItem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, file) in packFiles)
        {
            foreach (var dto in section(file) ?? [])
            {
                var (id, predicateId) = keys(dto);
                if (IdAndPredicate(context, dto, path, id, predicateId ?? file.Predicate, ids, predicates, what, replaced => result.RemoveAll(earlier => idOf(earlier) == replaced)) is var (checkedId, predicate)
                    && read(dto, checkedId, predicate, path) is { } item)
                {
                    result.Add(item);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The id and predicate of a pattern or frame (<paramref name="what"/>): both are required, the id is unique
    /// within its layer (one of a later layer replaces the earlier one, which <paramref name="replace"/> drops), and
    /// the predicate must be known. Null when the item cannot be read.
    /// </summary>
    private static (string Id, PredicateDefinition Predicate)? IdAndPredicate(
        SectionContext context,
        object dto,
        string path,
        string? id,
        string? predicateId,
        Dictionary<string, int> ids,
        Dictionary<string, PredicateDefinition> predicates,
        string what,
        Action<string> replace)
    {
        context.SetFile(dto, path);
        var checkedId = context.Required(dto, id, "id");
        if (checkedId is null || context.Required(dto, predicateId, "predicate") is null)
        {
            return null;
        }

        if (ids.TryGetValue(checkedId, out var earlierLayer) && earlierLayer == context.Layer(dto))
        {
            context.Error(dto, "CTR200", $"duplicate {what} id '{checkedId}'", $"{what} ids must be unique across the pack; rename this one");
        }

        ids[checkedId] = context.Layer(dto);
        replace(checkedId);
        if (!predicates.TryGetValue(predicateId!, out var predicate))
        {
            context.Error(dto, "CTR202", $"{what} '{checkedId}' names unknown predicate '{predicateId}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        return (checkedId, predicate);
    }
}
